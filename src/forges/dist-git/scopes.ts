/** The Forgejo token scopes srcgit needs (reference forgejo-dist-git.md §3): forks, PRs and pushes; PR comments; whoami. */
export const FORGEJO_TOKEN_SCOPES = ['write:repository', 'write:issue', 'read:user']
