import { PageHeading } from '@stint/web-ui';
import { PolicySettings } from './PolicySettings';
import { UserSettings } from './UserSettings';

/** Settings (SPEC §6, admins): the eligibility policy with its versions, users and roles. */
export function SettingsPage() {
  return (
    <>
      <PageHeading title="Settings">The eligibility policy and who may use Stint.</PageHeading>
      <div className="settings">
        <PolicySettings />
        <UserSettings />
      </div>
    </>
  );
}
