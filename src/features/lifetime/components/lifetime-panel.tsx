import { useMemo } from 'react';
import { detectTokenKind } from '../../../core/claims/token-kind.ts';
import { layoutTimeline } from '../../../core/lifetime/layout-timeline.ts';
import {
  buildTokenTimeline,
  placeNow,
  timelineEdges,
  type TokenState,
  type TokenTimeline,
} from '../../../core/lifetime/token-timeline.ts';
import { formatCountdown } from '../../../core/lifetime/format-duration.ts';
import { timePhraseText } from '../../../core/time/describe-time-state.ts';
import type { DecodedToken } from '../../../core/token/decode-token.ts';
import { Panel } from '../../../components/ui/panel.tsx';
import { TimePhraseText } from '../../../components/ui/relative-time.tsx';
import { useClockTolerance } from '../../../lib/clock-tolerance.ts';
import { useClockAt, useNow } from '../../../lib/use-now.ts';
import { LifetimeDefaults } from './lifetime-defaults.tsx';
import { LifetimeMarksTable } from './lifetime-marks-table.tsx';
import { LifetimeTimelineChart } from './lifetime-timeline-chart.tsx';

interface LifetimePanelProps {
  decoded: DecodedToken;
}

const WARNING =
  'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100';
const ERROR =
  'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100';

const STATE_STYLES: Record<TokenState, string> = {
  valid:
    'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100',
  'no-expiry': WARNING,
  expired: ERROR,
  'not-yet-valid': WARNING,
  malformed: ERROR,
};

/**
 * The token's own life on a timeline: iat, nbf, auth_time and exp against now. The state is
 * recomputed only at its edges, with the tolerance typed in Verify; the relative times, the
 * countdown and the "now" mark tick on their own.
 */
export function LifetimePanel({ decoded }: LifetimePanelProps) {
  const payload = decoded.payload?.type === 'json' ? decoded.payload.value : undefined;
  const clockToleranceSeconds = useClockTolerance();
  const now = useClockAt(payload, timelineEdges(payload, clockToleranceSeconds));
  const kind = useMemo(() => detectTokenKind(decoded), [decoded]);
  const timeline = useMemo(
    () => buildTokenTimeline(payload, { now, clockToleranceSeconds, kind }),
    [payload, now, clockToleranceSeconds, kind],
  );
  return (
    <Panel title="Lifetime">
      {timeline ? <TimelineView timeline={timeline} /> : <NoTimeline decoded={decoded} />}
    </Panel>
  );
}

function TimelineView({ timeline }: { timeline: TokenTimeline }) {
  return (
    <div className="space-y-4 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <p
          className={`rounded-md border px-2.5 py-1 text-base font-semibold ${STATE_STYLES[timeline.state]}`}
        >
          {timeline.stateLabel}
        </p>
        <p className="text-slate-800 dark:text-slate-200">
          <TimePhraseText phrase={timeline.phrase} />
        </p>
        {timeline.countdownTo !== undefined ? (
          <Countdown to={timeline.countdownTo} timeline={timeline} />
        ) : null}
      </div>
      <TickingTimeline timeline={timeline} />
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

/** The time left to the next edge, to the second. */
function Countdown({ to, timeline }: { to: number; timeline: TokenTimeline }) {
  const now = useNow();
  return (
    <p className="font-mono text-slate-700 tabular-nums dark:text-slate-300">
      <span className="sr-only">Countdown: </span>
      <span role="timer" aria-label={timePhraseText(timeline.phrase, now)}>
        {formatCountdown(to - now)}
      </span>
    </p>
  );
}

/** The chart and its table, with the "now" mark where the clock is. */
function TickingTimeline({ timeline }: { timeline: TokenTimeline }) {
  const now = useNow();
  const current = useMemo(
    () => ({ ...timeline, marks: placeNow(timeline.marks, now) }),
    [timeline, now],
  );
  const layout = useMemo(() => layoutTimeline(current), [current]);
  return (
    <>
      {layout ? <LifetimeTimelineChart timeline={current} layout={layout} now={now} /> : null}
      <LifetimeMarksTable timeline={current} />
    </>
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
