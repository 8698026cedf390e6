// One line per phase of a command on stderr, with its time ("[build] load: 0.41 s"), so a slow
// command says where its time goes. Never on stdout, which stays the command's result.

import type { CommandIo } from './command.ts';

export type PhaseLog = (phase: string, ms: number) => void;

export function phaseLog(name: string, io: Pick<CommandIo, 'stderr'>): PhaseLog {
  return (phase, ms) => io.stderr.write(`[${name}] ${phase}: ${(ms / 1000).toFixed(2)} s\n`);
}
