export interface HeaderAccountProps {
  displayName: string;
  /** The role in words, e.g. "HR partner". */
  roleLabel: string;
  onSignOut: () => void;
  signingOut?: boolean;
  /** Why signing out failed, as a sentence. */
  errorMessage?: string;
}

/** Who is signed in, and the way out. Sits at the end of the banner. */
export function HeaderAccount({
  displayName,
  roleLabel,
  onSignOut,
  signingOut = false,
  errorMessage,
}: HeaderAccountProps) {
  return (
    <div className="header-account">
      <p className="header-account__who">
        <span className="visually-hidden">Signed in as </span>
        <span className="header-account__name">{displayName}</span>
        <span className="visually-hidden">, </span>
        <span className="header-account__role">{roleLabel}</span>
      </p>
      <button
        type="button"
        className="button button--on-dark"
        onClick={onSignOut}
        disabled={signingOut}
      >
        Sign out
      </button>
      {errorMessage && (
        <p role="alert" className="header-account__error">
          Could not sign you out. {errorMessage}
        </p>
      )}
    </div>
  );
}
