import { useMemo } from 'react';
import { layoutTimeline } from '../../../core/lifetime/layout-timeline.ts';
import {
  buildTokenTimeline,
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  type TokenState,
  type TokenTimeline,
} from '../../../core/lifetime/token-timeline.ts';
import type { DecodedToken } from '../../../core/token/decode-token.ts';
import { Panel } from '../../../components/ui/panel.tsx';
import { LifetimeDefaults } from './lifetime-defaults.tsx';
import { LifetimeMarksTable } from './lifetime-marks-table.tsx';
import { LifetimeTimelineChart } from './lifetime-timeline-chart.tsx';

interface LifetimePanelProps {
  decoded: DecodedToken;
  /** Epoch ms, ticking (the app's clock): the countdown and state follow it. */
  now: number;
  /** Seconds of clock skew forgiven at nbf and exp, as a verifier would. */
  clockToleranceSeconds?: number;
}

const STATE_STYLES: Record<TokenState, string> = {
  valid:
    'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100',
  expired:
    'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100',
  'not-yet-valid':
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100',
};

/** The token's own life on a timeline: iat, nbf, auth_time and exp against now. */
export function LifetimePanel({
  decoded,
  now,
  clockToleranceSeconds = DEFAULT_CLOCK_TOLERANCE_SECONDS,
}: LifetimePanelProps) {
  const payload = decoded.payload?.type === 'json' ? decoded.payload.value : undefined;
  const timeline = useMemo(
    () => buildTokenTimeline(payload, { now, clockToleranceSeconds }),
    [payload, now, clockToleranceSeconds],
  );
  return (
    <Panel title="Lifetime">
      {timeline ? <TimelineView timeline={timeline} /> : <NoTimeline decoded={decoded} />}
    </Panel>
  );
}

function TimelineView({ timeline }: { timeline: TokenTimeline }) {
  const layout = useMemo(() => layoutTimeline(timeline), [timeline]);
  return (
    <div className="space-y-4 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <p
          className={`rounded-md border px-2.5 py-1 text-base font-semibold ${STATE_STYLES[timeline.state]}`}
        >
          {timeline.stateLabel}
        </p>
        <p className="text-slate-800 dark:text-slate-200">{timeline.summary}</p>
        {timeline.countdown ? (
          <p className="font-mono text-slate-700 tabular-nums dark:text-slate-300">
            <span className="sr-only">Countdown: </span>
            <span role="timer" aria-label={`${timeline.summary}`}>
              {timeline.countdown}
            </span>
          </p>
        ) : null}
      </div>
      {layout ? <LifetimeTimelineChart timeline={timeline} layout={layout} /> : null}
      <LifetimeMarksTable timeline={timeline} />
      {timeline.notes.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-amber-900 dark:text-amber-200">
          {timeline.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <LifetimeDefaults lifetime={timeline.lifetime} />
    </div>
  );
}

function NoTimeline({ decoded }: { decoded: DecodedToken }) {
  const reason =
    decoded.format === 'empty'
      ? 'Paste a token to see its lifetime.'
      : decoded.payload?.type === 'encrypted'
        ? 'The payload is encrypted, so its iat, nbf and exp claims cannot be read.'
        : 'The payload is not a JSON object, so there are no iat, nbf or exp claims to show.';
  return <p className="text-sm text-slate-700 dark:text-slate-300">{reason}</p>;
}
