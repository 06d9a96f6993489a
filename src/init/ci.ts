/**
 * `srcgit init --ci github|gitlab`: the workflow README recommends (README "GitHub Action" and
 * "GitLab CI"; test/unit/init-ci.test.ts keeps them the same), with the secrets to add in
 * comments, and CI files listed in patch_generation_ignore_paths so they never become
 * Fedora patches.
 */
export type CiKind = 'github' | 'gitlab'

export interface CiSetup {
  files: { path: string; content: string }[]
  ignorePaths: string[]
}

/** README's `.github/workflows/srcgit.yml`, as it is there. */
export const GITHUB_WORKFLOW = `name: Propose to Fedora
on:
  release:
    types: [published]
  pull_request: # a dist-git preview of each source-git pull request, closed with it
    types: [opened, synchronize, reopened, edited, closed]
  workflow_dispatch:
    inputs:
      tag:
        description: Upstream release tag to propose
        required: true
permissions:
  contents: read # read the repository and its releases
  statuses: write # the srcgit/<branch> commit status linking to each dist-git pull request
jobs:
  propose-downstream:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # the tags and the upstream history the patches are made from
      - run: sudo apt-get update && sudo apt-get install -y krb5-user # kinit, for uploading new archives
      - uses: srcgit/propose-downstream@v1
        with:
          dist-git-token: \${{ secrets.DIST_GIT_TOKEN }}
          ssh-private-key: \${{ secrets.FEDORA_SSH_KEY }}
          keytab: \${{ secrets.FEDORA_KEYTAB }}
          tag: \${{ inputs.tag }}
`

const GITHUB_HEADER = `# Written by srcgit init. Add these repository secrets (Settings > Secrets and variables > Actions):
#   DIST_GIT_TOKEN  the bot's API token on the dist-git forge. Pagure: fork_project,
#                   pull_request_create, pull_request_update (previews: also pull_request_comment,
#                   pull_request_close); Forgejo: write:repository, write:issue, read:user
#   FEDORA_SSH_KEY  the bot's unencrypted private SSH key (its public key in the FAS profile),
#                   to push to Pagure dist-git; not needed on Forgejo
#   FEDORA_KEYTAB   base64 keytab (base64 -w0 fedora.keytab), to upload new archives to the
#                   lookaside cache
# Propose a new upstream release from this source-git branch with workflow_dispatch (tag: vX),
# after rebasing the downstream commits onto the tag and moving upstream_ref to it.
`

/** README's `.gitlab-ci.yml` include, for the dist-git branch being set up. */
export function gitlabInclude(branch: string): string {
  return `include:
  - remote: 'https://raw.githubusercontent.com/srcgit/propose-downstream/v1/gitlab-ci-template/srcgit.yml'
    inputs:
      dist-git-branches: ${branch}
`
}

const GITLAB_HEADER = `# Written by srcgit init. Add these masked, protected CI/CD variables
# (Settings > CI/CD > Variables; File-type variables work too):
#   SRCGIT_DIST_GIT_TOKEN   the bot's API token on the dist-git forge. Pagure: fork_project,
#                           pull_request_create, pull_request_update; Forgejo: write:repository,
#                           write:issue, read:user
#   SRCGIT_SSH_PRIVATE_KEY  the bot's private SSH key (a File-type variable: GitLab cannot mask
#                           a multi-line value), to push to Pagure dist-git
#   SRCGIT_KEYTAB           base64 keytab (base64 -w0), to upload new archives to the lookaside cache
# Propose a new upstream release with "Run pipeline" and SRCGIT_TAG=vX on this branch.
`

export function ciSetup(kind: CiKind, branch: string): CiSetup {
  if (kind === 'github')
    return {
      files: [{ path: '.github/workflows/srcgit.yml', content: GITHUB_HEADER + GITHUB_WORKFLOW }],
      ignorePaths: ['.github'],
    }
  return {
    files: [{ path: '.gitlab-ci.yml', content: GITLAB_HEADER + gitlabInclude(branch) }],
    ignorePaths: ['.gitlab-ci.yml'],
  }
}
