// The stylesheet is not imported here (tests have no CSS loader): the app imports
// '@stint/web-ui/styles.css', which its Vite config maps to lib/styles/stint.css.
export { AppLayout } from './lib/components/AppLayout';
export type { AppLayoutProps } from './lib/components/AppLayout';
export { ChartCard } from './lib/components/ChartCard';
export type { ChartCardProps } from './lib/components/ChartCard';
export { ChartCardError } from './lib/components/ChartCardError';
export type { ChartCardErrorProps } from './lib/components/ChartCardError';
export { ChartCardHeader } from './lib/components/ChartCardHeader';
export type { ChartCardHeaderProps } from './lib/components/ChartCardHeader';
export { ChartSkeleton } from './lib/components/ChartSkeleton';
export { ChartTableCells } from './lib/components/ChartTableCells';
export { ChartTableHead } from './lib/components/ChartTableHead';
export { DownloadCsvButton } from './lib/components/DownloadCsvButton';
export type { DownloadCsvButtonProps } from './lib/components/DownloadCsvButton';
export { chartCardState, chartCardStatus } from './lib/utils/chartCardState';
export type { ChartCardState } from './lib/utils/chartCardState';
export { ComingSoonPage } from './lib/components/ComingSoonPage';
export type { ComingSoonPageProps } from './lib/components/ComingSoonPage';
export { HeaderAccount } from './lib/components/HeaderAccount';
export type { HeaderAccountProps } from './lib/components/HeaderAccount';
export { LoadingState } from './lib/components/LoadingState';
export type { LoadingStateProps } from './lib/components/LoadingState';
export { NoAccessPage, NO_ACCESS_TITLE } from './lib/components/NoAccessPage';
export type { NoAccessPageProps } from './lib/components/NoAccessPage';
export { PageHeading } from './lib/components/PageHeading';
export { PublicLayout } from './lib/components/PublicLayout';
export type { PublicLayoutProps } from './lib/components/PublicLayout';
export { SignInForm } from './lib/components/SignInForm';
export type { SignInFormProps, SignInFormValues } from './lib/components/SignInForm';
export { usePageTitle } from './lib/hooks/usePageTitle';
export { usePrefersReducedMotion } from './lib/hooks/usePrefersReducedMotion';
export { MAX_ANIMATED_MARKS, useChartAnimation } from './lib/hooks/useChartAnimation';
export { toCsv } from './lib/utils/toCsv';
export type { CsvColumn, CsvValue } from './lib/utils/toCsv';
export type { ChartColumn, NavItem } from './lib/types';
// Building blocks the role screens share (Planning, Requests, People, My rotation, Settings).
export { CareerTimeline } from './lib/components/screens/CareerTimeline';
export type { CareerTimelineProps } from './lib/components/screens/CareerTimeline';
export { careerTimelineLayout, describePeriod } from './lib/utils/careerTimeline';
export type {
  CareerRotation,
  CareerStretch,
  CareerTimelineLayout,
} from './lib/utils/careerTimeline';
export { DismissibleMessages } from './lib/components/screens/DismissibleMessages';
export type { DismissibleMessage } from './lib/components/screens/DismissibleMessages';
export { EligibilityChecklist, RULE_LABELS } from './lib/components/screens/EligibilityChecklist';
export type {
  ChecklistRule,
  EligibilityChecklistProps,
} from './lib/components/screens/EligibilityChecklist';
export { EmptyState } from './lib/components/screens/EmptyState';
export { ErrorNotice } from './lib/components/screens/ErrorNotice';
export { FieldsetField } from './lib/components/screens/FieldsetField';
export { FilterSearchField } from './lib/components/screens/FilterSearchField';
export type { FilterSearchFieldProps } from './lib/components/screens/FilterSearchField';
export { FilterSelect } from './lib/components/screens/FilterSelect';
export type { FilterSelectOption, FilterSelectProps } from './lib/components/screens/FilterSelect';
export { FormField } from './lib/components/screens/FormField';
export type { FormFieldControlProps } from './lib/components/screens/FormField';
export { ImpactPreview } from './lib/components/screens/ImpactPreview';
export type { ImpactNumbers } from './lib/components/screens/ImpactPreview';
export { Pager } from './lib/components/screens/Pager';
export { StatusBadge, STATUS_LABELS } from './lib/components/screens/StatusBadge';
export { useSubmitOnce } from './lib/hooks/useSubmitOnce';
export { useCursorPages } from './lib/hooks/useCursorPages';
export { HistoryLink } from './lib/components/screens/HistoryLink';
export type { HistoryLinkProps } from './lib/components/screens/HistoryLink';
export { AUDIT_TRAIL_ROLES, auditHistoryPath, canReadAuditTrail } from './lib/utils/auditHistory';
