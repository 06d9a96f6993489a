/** The forge's public types: what tests configure and the JSON shapes the API returns. */

export interface ForgeUser {
  name: string
  /** In the packager group: may upload to the lookaside cache. */
  packager?: boolean
}

export interface ForgeToken {
  token: string
  user: string
  acls: string[]
  /** Bound to one project (e.g. 'rpms/hello'); absent for a user-level token. */
  project?: string
}

export interface RequestRecord {
  method: string
  /** The pathname. */
  path: string
  /** The query string without '?'. */
  query: string
  /** The authenticated user (never the token). */
  user?: string
  /** What the client saw; 0 when it got no answer (reset, timeout). */
  status: number
  kind: 'api' | 'git' | 'lookaside' | 'bodhi'
  /**
   * POST/PUT/PATCH/DELETE; for git only the POST to git-receive-pack (a push). Its ref
   * advertisement (GET info/refs?service=git-receive-pack) and fetches (upload-pack, POST
   * included) are reads.
   */
  write: boolean
}

export interface Fault {
  method?: string
  /** A string is compared with the pathname; a RegExp is tested on pathname + '?' + query (query only when present). */
  path: string | RegExp
  /**
   * 'status': answer `status` (default 500) without doing the work; 'reset': destroy the socket
   * without answering; 'timeout': never answer (the socket stays open until stop());
   * 'after': do the work, then answer 500 (ambiguous outcome); 'after-reset': do the work, then
   * destroy the socket without answering (a connection lost after the server acted); 'hold': wait
   * until releaseHeld(), then handle the request normally (to line up races).
   */
  kind: 'status' | 'reset' | 'timeout' | 'after' | 'after-reset' | 'hold'
  status?: number
  /** Seconds, sent as Retry-After with a 'status' fault. */
  retryAfter?: number
  /** How many matching requests it hits, default 1. */
  times?: number
}

export interface UserJson {
  name: string
  fullname: string
  url_path: string
  full_url: string
  default_email?: string
  emails?: string[]
}

export interface AccessJson {
  owner?: string[]
  admin: string[]
  commit: string[]
  collaborator: string[]
  ticket: string[]
}

export interface ProjectJson {
  id: number
  name: string
  fullname: string
  url_path: string
  full_url: string
  description: string
  namespace: string
  parent: ProjectJson | null
  date_created: string
  date_modified: string
  user: UserJson
  access_users: AccessJson
  access_groups: AccessJson
  tags: string[]
  priorities: Record<string, string>
  custom_keys: unknown[]
  close_status: string[]
  milestones: Record<string, unknown>
}

export interface CommentJson {
  id: number
  commit: string | null
  tree: string | null
  filename: string | null
  line: number | null
  comment: string
  parent: number | null
  date_created: string
  user: UserJson
  edited_on: string | null
  editor: UserJson | null
  notification: boolean
  reactions: Record<string, string[]>
}

export interface PullRequestJson {
  id: number
  uid: string
  title: string
  branch: string
  branch_from: string
  project: ProjectJson
  repo_from: ProjectJson | null
  remote_git: string | null
  date_created: string
  updated_on: string
  last_updated: string
  closed_at: string | null
  user: UserJson
  assignee: UserJson | null
  status: 'Open' | 'Closed' | 'Merged'
  commit_start: string | null
  commit_stop: string | null
  closed_by: UserJson | null
  initial_comment: string | null
  cached_merge_status: string
  threshold_reached: boolean | null
  tags: string[]
  full_url: string
  /** Absent when asked for with comments=false. */
  comments?: CommentJson[]
}

export interface FlagJson {
  commit_hash: string
  username: string
  percent: number | null
  comment: string
  status: string
  url: string
  date_created: string
  date_updated: string
  user: UserJson
}

/** A Bodhi release as GET /releases/ returns it. */
export interface BodhiRelease {
  name: string
  long_name: string
  version: string
  id_prefix: string
  branch: string
  dist_tag: string
  stable_tag: string
  testing_tag: string
  candidate_tag: string
  pending_signing_tag: string
  pending_testing_tag: string
  pending_stable_tag: string
  override_tag: string
  mail_template: string
  state: 'disabled' | 'pending' | 'frozen' | 'current' | 'archived'
  composed_by_bodhi: boolean
  create_automatic_updates: boolean | null
  package_manager: string
  testing_repository: string | null
  released_on: string | null
  eol: string | null
  critpath_mandatory_days_in_testing: number
  mandatory_days_in_testing: number
  critpath_min_karma: number
  min_karma: number
  setting_status: string | null
}
