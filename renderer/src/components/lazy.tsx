import { createElement, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

type ComponentOf<M, K extends keyof M> = M[K] extends ComponentType<infer P> ? ComponentType<P> : never;

export type LazyComponent<P> = ComponentType<P> & {
  /** Fetches the component's code now (before it is first shown). */
  preload(): Promise<unknown>;
};

/**
 * A named export loaded as a chunk of its own the first time it renders (or
 * on `preload()`); until then "Loading…". Unlike `React.lazy` there is no
 * Suspense boundary, whose reveal React throttles: once the code is here,
 * the component renders in the same frame as any other.
 */
export function lazyNamed<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyComponent<ComponentOf<M, K> extends ComponentType<infer P> ? P : never> {
  let loaded: ComponentType<object> | undefined;
  let pending: Promise<unknown> | undefined;
  const preload = () =>
    (pending ??= load().then((module) => {
      loaded = module[name] as ComponentType<object>;
    }));
  function Lazy(props: object) {
    const { t } = useTranslation('editor');
    const [, setReady] = useState(false);
    useEffect(() => {
      let current = true;
      if (!loaded) void preload().then(() => current && setReady(true));
      return () => {
        current = false;
      };
    }, []);
    return loaded ? createElement(loaded, props) : <p className="loading">{t('loading')}</p>;
  }
  Lazy.displayName = `Lazy(${name})`;
  return Object.assign(Lazy, { preload }) as unknown as LazyComponent<ComponentOf<M, K> extends ComponentType<infer P> ? P : never>;
}
