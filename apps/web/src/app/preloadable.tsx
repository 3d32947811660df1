import { useEffect, useState, type ComponentType } from 'react';
import { ErrorNotice, LoadingState } from '@stint/web-ui';

export interface ScreenChunkProps {
  /** What the loading state says while the chunk downloads. */
  loadingLabel: string;
}

/** A screen loaded in its own chunk, whose chunk can be asked for before it is rendered. */
export interface PreloadableScreen {
  Screen: ComponentType<ScreenChunkProps>;
  /** Starts loading the chunk (once); resolves when it has arrived or failed. */
  preload: () => Promise<void>;
}

/**
 * A screen in a chunk of its own that can be fetched ahead of time (while `me` is still being
 * asked). Unlike `React.lazy` it does not suspend: a Suspense boundary that showed its fallback
 * reveals the screen up to 300 ms late (React throttles reveals), and the screen's own queries
 * start only then. This shows a plain loading state and renders the screen the moment its chunk
 * is there; a chunk that arrived before the first render renders at once.
 */
export function preloadable(load: () => Promise<ComponentType>): PreloadableScreen {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // the next attempt downloads again
        throw error;
      },
    ));

  function Screen({ loadingLabel }: ScreenChunkProps) {
    const [state, setState] = useState<{ component?: ComponentType; failed?: boolean }>(() => ({
      component: loaded,
    }));
    const [attempt, setAttempt] = useState(0);
    const Loaded = state.component;
    useEffect(() => {
      if (Loaded) return;
      let current = true;
      start().then(
        (component) => current && setState({ component }),
        () => current && setState({ failed: true }),
      );
      return () => {
        current = false;
      };
    }, [Loaded, attempt]);

    if (Loaded) return <Loaded />;
    if (state.failed)
      return (
        <ErrorNotice
          message="This screen could not be downloaded. Check the connection and try again."
          onRetry={() => {
            setState({});
            setAttempt((n) => n + 1);
          }}
        />
      );
    return <LoadingState label={loadingLabel} />;
  }

  return {
    Screen,
    preload: () =>
      start().then(
        () => undefined,
        () => undefined, // a failed preload is tried again when the screen renders
      ),
  };
}
