import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconHome, IconPerson, IconPhone, IconVideo } from '../../app/icons.tsx';
import type { Mode } from './api.ts';

/** Roles that hold sessions patients can be booked into (src/modules/identity/roles.ts CLINICAL_ROLES). */
export const BOOKABLE_ROLES = ['gp', 'nurse', 'anp', 'pharmacist', 'physiotherapist', 'paramedic', 'physician-associate', 'mental-health-practitioner', 'link-worker', 'care-coordinator', 'health-wellbeing-coach'];

export const MODE_WORDS: Record<Mode, string> = { 'face-to-face': 'Face to face', telephone: 'Telephone', video: 'Video', 'home-visit': 'Home visit' };
const MODE_ICONS: Record<Mode, typeof IconPhone> = { 'face-to-face': IconPerson, telephone: IconPhone, video: IconVideo, 'home-visit': IconHome };

/** The icon and the word: colour or shape alone must never carry meaning. */
export function ModeLabel({ mode }: { mode: Mode }) {
  const Icon = MODE_ICONS[mode] ?? IconPerson;
  return (
    <Group gap={4} wrap="nowrap">
      <Icon size={16} />
      <Text size="sm" span>{MODE_WORDS[mode] ?? mode}</Text>
    </Group>
  );
}

export const CHANNEL_WORDS: Record<string, string> = {
  'own-practice': 'Own practice', network: 'Network', hub: 'Hub', nhs111: 'NHS 111', online: 'Online',
};
const CHANNEL_HELP: Record<string, string> = {
  'own-practice': 'A slot of the organisation you are working for',
  network: 'Shared with the other practices of the network',
  hub: 'Booked by the hub',
  nhs111: 'Booked by NHS 111',
  online: 'Booked by the patient online',
};
const CHANNEL_COLOURS: Record<string, string> = { 'own-practice': 'gray', network: 'nhs', hub: 'grape', nhs111: 'teal', online: 'cyan' };

export function ChannelBadge({ channel }: { channel: string }) {
  return (
    <Tooltip label={CHANNEL_HELP[channel] ?? channel}>
      <Badge variant="light" color={CHANNEL_COLOURS[channel] ?? 'gray'} style={{ textTransform: 'none' }}>{CHANNEL_WORDS[channel] ?? channel}</Badge>
    </Tooltip>
  );
}

const ACCESS_WORDS: Record<string, string> = { 'step-free': 'Step-free access', 'hearing-loop': 'Hearing loop', parking: 'Parking', bsl: 'BSL interpreter', 'easy-read': 'Easy read' };
export const accessWords = (need: string) => ACCESS_WORDS[need] ?? need;
