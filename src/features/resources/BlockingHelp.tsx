// How to block a number, a texter, an email sender and a social account on iPhone and Android.
import { t, type MessageKey } from '../../i18n';

const GROUPS: ReadonlyArray<{ title: MessageKey; lines: MessageKey[] }> = [
  { title: 'resources.block.iphone', lines: ['resources.block.iphoneCalls', 'resources.block.iphoneMessages', 'resources.block.iphoneMail', 'resources.block.iphoneVoicemail'] },
  { title: 'resources.block.android', lines: ['resources.block.androidCalls', 'resources.block.androidMessages', 'resources.block.androidSpam'] },
  { title: 'resources.block.both', lines: ['resources.block.social', 'resources.block.email'] },
];

export function BlockingHelp({ open }: { open: boolean }) {
  return (
    <details class="block-help" open={open}>
      <summary>{t('resources.block.title')}</summary>
      <p>{t('resources.block.before')}</p>
      {GROUPS.map((group) => (
        <div key={group.title}>
          <h3>{t(group.title)}</h3>
          <ul>{group.lines.map((line) => <li key={line}>{t(line)}</li>)}</ul>
        </div>
      ))}
    </details>
  );
}
