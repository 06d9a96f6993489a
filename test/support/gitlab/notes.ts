/**
 * Notes (comments) on merge requests for the fake GitLab (api.ts):
 * GET /projects/:id/merge_requests/:merge_request_iid/notes (order_by created_at or updated_at,
 * sort, default newest first; paged) and POST to the same path (`body`). A merge request the
 * project does not have is `404 Merge Request Not Found`. Access is checked by api.ts first.
 */
import type { ProjectState, Reply, RouteContext } from './api.js'
import type { MergeRequestRecord } from './merge-requests.js'
import { userJson } from './statuses.js'

export interface NoteRecord {
  id: number
  /** The merge request's iid. */
  noteable_iid: number
  body: string
  author: string
  /** GitLab's own notes (pushes, status changes); the API only makes people's. */
  system: boolean
  created_at: string
  updated_at: string
}

/** GitLab's limit on a note, in characters. */
const MAX_BODY = 1_000_000

const notFound = (): Reply => ({ status: 404, body: { message: '404 Merge Request Not Found' } })

function findMergeRequest(project: ProjectState, iid: string): MergeRequestRecord | undefined {
  return /^\d+$/.test(iid) ? project.mergeRequests.find((mr) => mr.iid === Number(iid)) : undefined
}

/** The notes of one merge request, oldest first. */
export function notesOf(project: ProjectState, iid: number): NoteRecord[] {
  return project.notes.filter((n) => n.noteable_iid === iid).sort((a, b) => a.id - b.id)
}

export function listNotes(ctx: RouteContext, iid: string): Reply {
  const mr = findMergeRequest(ctx.project, iid)
  if (!mr) return notFound()
  const orderBy = ctx.params.order_by ?? 'created_at'
  if (orderBy !== 'created_at' && orderBy !== 'updated_at')
    return { status: 400, body: { error: 'order_by does not have a valid value' } }
  const sort = ctx.params.sort ?? 'desc'
  if (sort !== 'asc' && sort !== 'desc')
    return { status: 400, body: { error: 'sort does not have a valid value' } }
  const direction = sort === 'asc' ? 1 : -1
  const notes = [...notesOf(ctx.project, mr.iid)].sort(
    (a, b) => direction * (a[orderBy].localeCompare(b[orderBy]) || a.id - b.id),
  )
  const { items, headers } = ctx.page(notes)
  return { status: 200, headers, body: items.map((n) => noteJson(ctx, mr, n)) }
}

export function createNote(ctx: RouteContext, iid: string): Reply {
  const body = ctx.params.body
  if (body === undefined || body === null) return { status: 400, body: { error: 'body is missing' } }
  const mr = findMergeRequest(ctx.project, iid)
  if (!mr) return notFound()
  const text = String(body)
  if (!text.trim()) return { status: 400, body: { message: { note: ["can't be blank"] } } }
  if ([...text].length > MAX_BODY)
    return {
      status: 400,
      body: { message: { note: [`is too long (maximum is ${MAX_BODY} characters)`] } },
    }
  const note = addNote(ctx, ctx.project, mr.iid, text, ctx.actor.username)
  return { status: 201, body: noteJson(ctx, mr, note) }
}

/** Stores a note (the API's POST, or a test's setup). */
export function addNote(
  ctx: Pick<RouteContext, 'now' | 'nextId'>,
  project: ProjectState,
  iid: number,
  body: string,
  author: string,
  system = false,
): NoteRecord {
  const now = ctx.now()
  const note: NoteRecord = {
    id: ctx.nextId(),
    noteable_iid: iid,
    body,
    author,
    system,
    created_at: now,
    updated_at: now,
  }
  project.notes.push(note)
  return note
}

/** Entities::Note for a merge request note. */
export function noteJson(ctx: Pick<RouteContext, 'base'>, mr: MergeRequestRecord, note: NoteRecord) {
  return {
    id: note.id,
    type: null,
    body: note.body,
    author: userJson(ctx.base, note.author),
    created_at: note.created_at,
    updated_at: note.updated_at,
    system: note.system,
    noteable_id: mr.id,
    noteable_type: 'MergeRequest',
    project_id: mr.project_id,
    resolvable: false,
    confidential: false,
    internal: false,
    imported: false,
    imported_from: 'none',
    noteable_iid: mr.iid,
    commands_changes: {},
  }
}
