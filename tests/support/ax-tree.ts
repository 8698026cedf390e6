// The accessibility tree Chromium gives assistive technology (CDP Accessibility.getFullAXTree),
// reduced to what a screen reader reads out in browse mode: text leaves and the names of images.

import type { CDPSession } from 'playwright-core';

export interface AxNode {
  readonly id: string;
  readonly role: string;
  readonly name: string;
  readonly description: string;
  /** aria-live politeness, if the node is (the root of) a live region. */
  readonly live: string | undefined;
  readonly ignored: boolean;
  readonly childIds: readonly string[];
  readonly parentId: string | undefined;
}

export type AxTree = ReadonlyMap<string, AxNode>;

interface RawValue {
  value?: unknown;
}
interface RawNode {
  nodeId: string;
  ignored: boolean;
  role?: RawValue;
  name?: RawValue;
  description?: RawValue;
  properties?: { name: string; value: RawValue }[];
  childIds?: string[];
  parentId?: string;
}

const norm = (s: unknown): string => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');

export async function axTree(cdp: CDPSession): Promise<AxTree> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: RawNode[] };
  return new Map(
    nodes.map((n) => [
      n.nodeId,
      {
        id: n.nodeId,
        role: norm(n.role?.value),
        name: norm(n.name?.value),
        description: norm(n.description?.value),
        live: n.properties?.find((p) => p.name === 'live')?.value.value as string | undefined,
        ignored: n.ignored,
        childIds: n.childIds ?? [],
        parentId: n.parentId,
      },
    ]),
  );
}

/** A node and everything below it. */
export function subtree(tree: AxTree, id: string): AxNode[] {
  const node = tree.get(id);
  if (!node) return [];
  return [node, ...node.childIds.flatMap((c) => subtree(tree, c))];
}

/** Roles of images in Chromium's tree. */
export const IMAGE_ROLES = new Set(['image', 'img', 'graphics-document']);

export interface Hearing {
  readonly text: string;
  readonly role: string;
  readonly nodeId: string;
  /** Inside a live region (heard when it changes, not when reading the page). */
  readonly live: boolean;
}

/**
 * What is read out: every text leaf (StaticText) and the name of every image, in tree order.
 * (Names of containers such as a figure or a table are announced on entering them; they are
 * listed by `named` below, not here.)
 */
export function hearings(tree: AxTree): Hearing[] {
  const root = [...tree.values()].find((n) => n.parentId === undefined);
  const out: Hearing[] = [];
  const visit = (id: string, live: boolean): void => {
    const n = tree.get(id);
    if (!n) return;
    const inLive = live || (n.live !== undefined && n.live !== 'off');
    if (!n.ignored && n.role === 'StaticText' && n.name) out.push({ text: n.name, role: n.role, nodeId: n.id, live: inLive });
    if (!n.ignored && IMAGE_ROLES.has(n.role) && n.name) out.push({ text: n.name, role: n.role, nodeId: n.id, live: inLive });
    n.childIds.forEach((c) => visit(c, inLive));
  };
  if (root) visit(root.id, false);
  return out;
}

/** Nodes with a role, not ignored. */
export function withRole(tree: AxTree, role: string): AxNode[] {
  return [...tree.values()].filter((n) => !n.ignored && n.role === role);
}
