// Invitee files in each style YAML allows (issue 12, target 4: no shape may be slower than another by a cliff):
// the same people written as block mappings, flow mappings, with quoted keys, sharing a block through an anchor,
// between comments, with booleans, and with multi-line strings. Every shape fits 100,000 invitees in one file
// under the loader's 10 MB limit.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../reconciler/desired/read-text';
import { inviteeEmail } from './workspace';

export const INVITEE_SHAPES = ['block', 'flow', 'quoted keys', 'anchors', 'comments', 'booleans', 'multi-line strings'] as const;
export type InviteeShape = (typeof INVITEE_SHAPES)[number];

/** The lines of one invitee in each shape; `index` numbers the person, `team` the file. */
const INVITEE: Record<InviteeShape, (index: number) => string[]> = {
  block: (index) => [`  - email: ${inviteeEmail(index)}`, `    name: Person ${index}`, ...(index % 3 === 0 ? ['    user_metadata:', '      locale: en-GB'] : [])],
  flow: (index) => [`  - { email: ${inviteeEmail(index)}, name: Person ${index}, user_metadata: { locale: en-GB } }`],
  'quoted keys': (index) => [`  - "email": "${inviteeEmail(index)}"`, `    'name': 'Person ${index}'`],
  anchors: (index) => [`  - email: ${inviteeEmail(index)}`, '    app_metadata: *team'],
  comments: (index) => [`  # person ${index}`, `  - email: ${inviteeEmail(index)} # work address`, `    name: Person ${index}`],
  booleans: (index) => [`  - email: ${inviteeEmail(index)}`, '    user_metadata:', '      beta: true'],
  'multi-line strings': (index) => [
    `  - email: ${inviteeEmail(index)}`,
    '    name: >-',
    '      Person',
    `      ${index}`,
    ...(index % 4 === 0 ? ['    user_metadata:', '      bio: |', '        Invited.', '        Welcome.'] : []),
  ],
};

function header(shape: InviteeShape, team: number): string[] {
  if (shape === 'anchors') return ['defaults:', `  app_metadata: &team { team: team-${team}, office: remote }`, 'invitees:'];
  return ['defaults:', '  app_metadata:', `    team: team-${team}`, 'invitees:'];
}

/**
 * Writes `count` invitees in `shape`, spread evenly over `files` files, replacing whatever the folder held.
 * Returns the bytes written.
 */
export async function writeShapedInvitees(dir: string, shape: InviteeShape, count: number, files: number): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const perFile = Math.ceil(count / files);
  let bytes = 0;
  for (let file = 0; file * perFile < count; file++) {
    const lines = header(shape, file);
    for (let index = file * perFile; index < Math.min(count, (file + 1) * perFile); index++) lines.push(...INVITEE[shape](index));
    const text = `${lines.join('\n')}\n`;
    const size = Buffer.byteLength(text);
    if (size > MAX_FILE_BYTES) throw new Error(`bench: ${shape} with ${perFile} invitees per file is ${size} bytes, over the loader's limit`);
    bytes += size;
    await writeFile(path.join(dir, `team-${String(file).padStart(5, '0')}.yaml`), text);
  }
  return bytes;
}
