import { useId, useRef, useState } from 'react';
import { DismissButton } from '../../ui/DismissButton';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../ui/describe-error';
import { copyText } from './copy-text';
import { CITE_STYLES, type CiteStyle } from './cite-styles';

const STYLE_LABEL: Record<CiteStyle, string> = {
  plain: 'citeStyles.plain',
  chicago: 'citeStyles.chicago',
  apa: 'citeStyles.apa',
  bibtex: 'citeStyles.bibtex',
  csl: 'citeStyles.csl',
};

export interface CiteThisProps {
  /**
   * Builds the citation when the panel opens (so the access date is the day it is copied); a
   * promise when something must be fetched first.
   */
  getText(style: CiteStyle): string | Promise<string>;
  /** What is cited, for the button's accessible name ("Cite this: Law 2012-023"). */
  itemName: string;
}

type Content =
  | { kind: 'closed' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'text'; text: string };

/** A "Cite this" disclosure: the citation text, selectable, with a Copy button. */
export function CiteThis({ getText, itemName }: CiteThisProps) {
  const { t } = useTranslation();
  const id = useId();
  const [content, setContent] = useState<Content>({ kind: 'closed' });
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [style, setStyle] = useState<CiteStyle>('plain');

  // Only the latest request's answer is shown (styles may be switched while one is loading).
  const request = useRef(0);
  const open = async (wanted: CiteStyle = style): Promise<void> => {
    const asked = ++request.current;
    const built = getText(wanted);
    if (typeof built === 'string') return setContent({ kind: 'text', text: built });
    setContent({ kind: 'loading' });
    try {
      const text = await built;
      setContent((current) =>
        current.kind === 'loading' && asked === request.current ? { kind: 'text', text } : current,
      );
    } catch (error) {
      setContent((current) =>
        current.kind === 'loading' && asked === request.current
          ? {
              kind: 'error',
              message: describeError(error instanceof Error ? error : new Error(String(error)), t),
            }
          : current,
      );
    }
  };
  const toggle = (): void => {
    setCopy('idle');
    if (content.kind === 'closed') void open();
    else setContent({ kind: 'closed' });
  };
  const onCopy = async (text: string): Promise<void> => {
    try {
      await copyText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const chooseStyle = (next: CiteStyle): void => {
    setStyle(next);
    setCopy('idle');
    void open(next);
  };

  let body = null;
  if (content.kind === 'loading') body = <p role="status">{t('cite.loading')}</p>;
  else if (content.kind === 'error')
    body = (
      <p role="alert" className="cite-copy-failed">
        {t('cite.failed', { message: content.message })}
        <DismissButton onDismiss={() => setContent({ kind: 'closed' })} />
      </p>
    );
  else if (content.kind === 'text') {
    const { text } = content;
    body = (
      <>
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t('cite.textLabel')}
        </label>
        <textarea
          id={`${id}-text`}
          className="cite-text"
          readOnly
          value={text}
          rows={Math.min(14, text.split('\n').length + 3)}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="cite-actions">
          <button type="button" onClick={() => void onCopy(text)}>
            {t('cite.copy')}
          </button>
          <span role="status" className={copy === 'failed' ? 'cite-copy-failed' : 'cite-copy-status'}>
            {copy === 'copied' ? t('cite.copied') : copy === 'failed' ? t('cite.copyFailed') : ''}
          </span>
        </div>
      </>
    );
  }

  return (
    <div className="cite-this">
      <button
        type="button"
        aria-expanded={content.kind !== 'closed'}
        aria-controls={`${id}-panel`}
        aria-label={t('cite.buttonFor', { name: itemName })}
        onClick={toggle}
      >
        {t('cite.button')}
      </button>
      {content.kind !== 'closed' ? (
        <section id={`${id}-panel`} className="cite-panel" aria-labelledby={`${id}-heading`}>
          <h3 id={`${id}-heading`}>{t('cite.heading')}</h3>
          <div className="cite-style">
            <label htmlFor={`${id}-style`}>{t('citeStyles.styleLabel')}</label>{' '}
            <select
              id={`${id}-style`}
              value={style}
              onChange={(e) => chooseStyle(e.target.value as CiteStyle)}
            >
              {CITE_STYLES.map((s) => (
                <option key={s} value={s}>
                  {t(STYLE_LABEL[s])}
                </option>
              ))}
            </select>
          </div>
          {body}
        </section>
      ) : null}
    </div>
  );
}
