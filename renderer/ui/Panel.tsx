/** A war-room panel that can be collapsed to its title bar; the choice is remembered on this device. */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const STORAGE_PREFIX = 'crisis-room:panel:';

function storedOpen(name: string): boolean {
  return globalThis.localStorage?.getItem(STORAGE_PREFIX + name) !== 'closed';
}

interface Props {
  name: string;
  title: string;
  /** A short status shown next to the title, also when collapsed ("3 of 12 informed"). */
  summary?: ReactNode;
  children: ReactNode;
}

export function Panel({ name, title, summary, children }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => storedOpen(name));
  const bodyId = useId();
  const headingId = useId();
  const toggle = () => {
    setOpen(!open);
    globalThis.localStorage?.setItem(STORAGE_PREFIX + name, open ? 'closed' : 'open');
  };
  return (
    <section className={`panel panel-${name}`} aria-labelledby={headingId} data-open={open}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {summary !== undefined && <span className="panel-summary">{summary}</span>}
        <button
          type="button"
          className="icon"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={open ? t('panels.collapse', { title }) : t('panels.expand', { title })}
          onClick={toggle}
        >
          {open ? '▾' : '▸'}
        </button>
      </header>
      <div id={bodyId} className="panel-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
