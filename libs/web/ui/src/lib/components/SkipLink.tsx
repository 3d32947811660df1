export interface SkipLinkProps {
  targetId: string;
}

/** The first stop for keyboard users: jumps past the header and navigation. */
export function SkipLink({ targetId }: SkipLinkProps) {
  return (
    <a className="skip-link" href={`#${targetId}`}>
      Skip to content
    </a>
  );
}
