/**
 * "My AI habits" wiring: live reads from the usage database; settings, delete and logging by message;
 * the policy in force and sharing (sync) from the background, by message.
 */
import { useEffect, useMemo } from 'react';
import { i18n } from '#i18n';
import { eventLogRow } from '@/components/habits/EventLog';
import { HabitSettingsForm, type HabitSettingsPatch } from '@/components/habits/HabitSettingsForm';
import { HabitsLayout } from '@/components/habits/HabitsLayout';
import { HabitsOverview, tipCatalogue, type TipInfo } from '@/components/habits/HabitsOverview';
import { TechnicalDetail } from '@/components/habits/error-text';
import { OwnSettings } from '@/components/habits/OwnSettings';
import { PolicyView } from '@/components/habits/PolicyView';
import { SharingView } from '@/components/habits/SharingView';
import { PrivacyCentre, type ExportKind, type PrivacyCentreProps } from '@/components/habits/PrivacyCentre';
import { NullReplySchema, replySchema } from '@/lib/messages';
import { SyncStatusReplySchema, userPatch, type OwnChange } from '@/lib/pages/replies';
import { browser } from 'wxt/browser';
import { loadBundledPlaybook } from '@/lib/playbook/load';
import { localize } from '@/lib/playbook/localize';
import { HabitSettingsSchema } from '@/lib/usage/settings';
import type { StoredUsageEvent } from '@/lib/usage/store';
import { send } from '../shared/send';
import { useHabitData, useLiveQuery, usageStore } from './data';
import { fetchPolicyStatus, fetchSyncPreview, fetchSyncStatus, readOwnPolicy, useNow, useStorageBacked } from './pages';
import { sectionFromHash, useHabitsPage } from './store';

const EVENTS_PAGE_SIZE = 25;
const SettingsReplySchema = replySchema(HabitSettingsSchema);

function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download manager; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface PrivacySectionProps extends Omit<PrivacyCentreProps, 'eventLog'> {
  events: readonly StoredUsageEvent[];
  /** Bundled and company tips by id. */
  tips: ReadonlyMap<string, TipInfo>;
  /** The company's approved tools, to name them in the event log. */
  tools: PrivacyCentreProps['eventLog']['tools'];
  eventLog: Omit<PrivacyCentreProps['eventLog'], 'rows' | 'tools'>;
}

function PrivacySection({ events, tips, tools, eventLog, ...centre }: PrivacySectionProps) {
  const rows = events.map((e) => eventLogRow(e, (id) => tips.get(id)?.title ?? id));
  return <PrivacyCentre {...centre} eventLog={{ ...eventLog, rows, ...(tools ? { tools } : {}) }} />;
}

/** Policy in force, live. */
function PolicySection({ tipTitle }: { tipTitle(id: string): string }) {
  const status = useStorageBacked(fetchPolicyStatus);
  const now = useNow();
  return <PolicyView status={status.value} {...(status.error ? { error: status.error } : {})} now={now} tipTitle={tipTitle} />;
}

/** "What we share": status and preview from the background; consent and Sync now by message. */
function SharingSection() {
  const status = useStorageBacked(fetchSyncStatus);
  const preview = useStorageBacked(fetchSyncPreview);
  const now = useNow();
  const error = status.error ?? preview.error;
  // The outbox lives in IndexedDB (no storage event): look again when the employee comes back.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') status.reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [status.reload]);
  return (
    <SharingView
      status={status.value}
      preview={preview.value}
      {...(error ? { error } : {})}
      now={now}
      onConsent={async (consent) => {
        await send({ type: 'sync:consent', consent }, SyncStatusReplySchema);
        status.reload();
      }}
      onSyncNow={async () => {
        const run = await send({ type: 'sync:now' }, SyncStatusReplySchema);
        status.reload();
        return run;
      }}
    />
  );
}

/** The employee's own policy settings; the resolver's answer comes back through policy:status. */
function OwnSettingsSection() {
  const status = useStorageBacked(fetchPolicyStatus);
  const stored = useStorageBacked(readOwnPolicy);
  const onSave = async (change: OwnChange) => {
    // Read fresh: policy:user replaces the whole user source, so nothing set elsewhere may be lost.
    const current = await readOwnPolicy();
    await send({ type: 'policy:user', patch: userPatch(current.raw, change) }, NullReplySchema);
    status.reload();
    stored.reload();
  };
  if (status.error) {
    return (
      <div role="alert">
        <p className="hb-error">{i18n.t('policyView.error', { error: status.error.text })}</p>
        <TechnicalDetail detail={status.error.detail} />
      </div>
    );
  }
  return <OwnSettings status={status.value} own={stored.value?.own ?? {}} onSave={onSave} />;
}

export function App() {
  const data = useHabitData();
  const { section, navigated, page, cursors, setSection, goToPage, resetLog } = useHabitsPage();
  const before = cursors[page];

  // The company's tips and tools come with the policy in force (titles in the browser's language).
  const policy = useStorageBacked(fetchPolicyStatus).value?.policy;
  const bundled = useMemo(() => {
    // Tip titles in the browser's language, as the card shows them.
    const lang = browser.i18n.getUILanguage();
    return loadBundledPlaybook().map((t): [string, TipInfo] => [t.id, { title: localize(t.title, lang), app: t.where.app }]);
  }, []);
  const tips = useMemo(() => tipCatalogue(bundled, policy?.tips), [bundled, policy?.tips]);
  const counts = useLiveQuery(() => usageStore().counts(), []);
  // A full disk made room by deleting old events: the employee is told here, never silently.
  const storageWarning = useLiveQuery(() => usageStore().storageWarning(), []);
  const events = useLiveQuery(
    () => usageStore().events(before === undefined ? { limit: EVENTS_PAGE_SIZE } : { limit: EVENTS_PAGE_SIZE, before }),
    [before],
  );

  useEffect(() => {
    const onHash = () => setSection(sectionFromHash(location.hash), true);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [setSection]);

  const total = counts.status === 'ready' ? counts.value.events : 0;
  // The log shrank under us (pruned or deleted): start again from the newest page.
  useEffect(() => {
    if (counts.status === 'ready' && page > 0 && page * EVENTS_PAGE_SIZE >= total) resetLog();
  }, [counts.status, page, total, resetLog]);

  const saveSettings = async (patch: HabitSettingsPatch) => {
    await send({ type: 'settings:habits', patch }, SettingsReplySchema);
  };

  const exportData = async (kind: ExportKind) => {
    const stamp = new Date().toISOString().slice(0, 10);
    const store = usageStore();
    // File names stay the same in every language (scripts and support staff look for them).
    if (kind === 'json') {
      // i18n-ignore: a file name
      download(`lastmile-export-${stamp}.json`, 'application/json', JSON.stringify(await store.exportJson(), null, 2));
    } else if (kind === 'events-csv') {
      // i18n-ignore: a file name
      download(`lastmile-events-${stamp}.csv`, 'text/csv', await store.exportCsv('events'));
    } else {
      // i18n-ignore: a file name
      download(`lastmile-days-${stamp}.csv`, 'text/csv', await store.exportCsv('days'));
    }
  };

  const deleteAll = async () => {
    // The protocol's fixed confirmation (lib/messages.ts), whatever language the employee typed it in.
    // i18n-ignore: a protocol literal, never shown
    await send({ type: 'data:delete-all', confirm: 'delete everything' }, NullReplySchema);
    resetLog();
    // Back to the overview, which now shows the first-day welcome.
    location.hash = 'overview';
  };

  const tipTitle = (id: string) => tips.get(id)?.title ?? id;

  let body;
  if (section === 'sharing') {
    body = <SharingSection />;
  } else if (section === 'policy') {
    body = <PolicySection tipTitle={tipTitle} />;
  } else if (data.status === 'loading') {
    body = (
      <p className="hb-muted" aria-busy="true">
        {i18n.t('habits.loading')}
      </p>
    );
  } else if (data.status === 'error') {
    body = (
      <div role="alert">
        <p className="hb-error">{i18n.t('habits.loadError')}</p>
        <TechnicalDetail detail={data.error} />
      </div>
    );
  } else if (section === 'overview') {
    body = <HabitsOverview summary={data.value.summary} tips={tips} onOpenSettings={() => (location.hash = 'settings')} />;
  } else if (section === 'settings') {
    body = (
      <div className="hb-settings">
        <HabitSettingsForm settings={data.value.settings} onSave={saveSettings} />
        <OwnSettingsSection />
        <p>
          <a className="hb-link" href="/onboarding.html">
            {i18n.t('habits.tourAgain')}
          </a>
        </p>
      </div>
    );
  } else {
    const shown = events.status === 'ready' ? events.value : [];
    body = (
      <PrivacySection
        events={shown}
        tips={tips}
        tools={policy?.approvedTools}
        counts={counts.status === 'ready' ? counts.value : null}
        storageWarning={storageWarning.status === 'ready' ? (storageWarning.value ?? null) : null}
        eventLog={{
          page,
          pageCount: Math.ceil(total / EVENTS_PAGE_SIZE),
          onPageChange: (p) => goToPage(p, p > page ? shown[shown.length - 1]?.id : undefined),
        }}
        days={data.value.rollups}
        retentionDays={data.value.settings.retentionDays}
        trackingPaused={data.value.settings.trackingPaused}
        onPauseChange={(trackingPaused) => saveSettings({ trackingPaused })}
        onExport={exportData}
        onDeleteAll={deleteAll}
      />
    );
  }

  return (
    <HabitsLayout section={section} focusHeading={navigated}>
      {body}
    </HabitsLayout>
  );
}
