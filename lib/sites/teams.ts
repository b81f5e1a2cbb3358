import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { safeDecode, segments } from './util';

// Work (microsoft.com and the new cloud.microsoft) and consumer (live.com) Teams web clients.
const HOSTS = ['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com'];

// Conversation ("thread") ids: channels/teams/meetings are @thread.*, 1:1 and group chats @unq.gbl.spaces.
const THREAD_ID = /^19:[A-Za-z0-9_.=+-]{1,200}@(?:thread\.(?:tacv2|skype|v2)|unq\.gbl\.spaces)$/;
// Message ids are the post time in epoch milliseconds (older links: seconds).
const MESSAGE_ID = /^\d{10,16}$/;

const channel = (id: string): PageContext => ({ app: 'teams', page: 'channel', object: 'channel', recordId: id });
const chat = (id: string): PageContext => ({ app: 'teams', page: 'conversation', object: 'conversation', recordId: id });

/** Deep links: /l/<kind>/<threadId>/... (the thread id is decoded: "19%3A..%40thread.tacv2"). */
function deepLink(parts: string[]): PageContext | null {
  const [kind, thread, next] = parts;
  if (kind === 'chat' && thread === '0') return { app: 'teams', page: 'compose', object: 'conversation' };
  if (!thread || !THREAD_ID.test(thread)) return null;
  switch (kind) {
    case 'message':
      // Teams' own key for one post in a conversation: "<threadId>;messageid=<id>".
      return next && MESSAGE_ID.test(next)
        ? { app: 'teams', page: 'message', object: 'message', recordId: `${thread};messageid=${next}` }
        : null;
    case 'channel':
    case 'team':
      return channel(thread);
    case 'chat':
      return chat(thread);
    default:
      // meetup-join, call, entity, app...: meetings and apps, not conversations.
      return null;
  }
}

/** Classic client hash routes: "#/conversations/General?threadId=19:...&ctx=channel". */
function classicHash(hash: string): PageContext | null {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const route = (q === -1 ? raw : raw.slice(0, q)).split('/').filter(Boolean);
  const params = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  if (route.length === 0) return { app: 'teams', page: 'home' };
  if (route[0] !== 'conversations') return null;
  const thread = params.get('threadId') ?? safeDecode(route[1] ?? '');
  if (!THREAD_ID.test(thread)) return null;
  return params.get('ctx') === 'chat' ? chat(thread) : channel(thread);
}

function detect(url: URL): PageContext | null {
  if (!HOSTS.includes(url.hostname)) return null;
  const parts = segments(url.pathname);
  const [root, ...rest] = parts;
  if (root === 'l') return deepLink(rest);
  // The v2 client keeps everything in app state: its URL only says "Teams is open".
  if (root === undefined || root === 'v2') return rest.length === 0 ? classicHash(url.hash) : null;
  if (root === '_' && rest.length === 0) return classicHash(url.hash);
  return null;
}

const CHANNEL = '19:a1b2c3d4e5f60718293a4b5c6d7e8f90@thread.tacv2';
const CHAT = '19:8f2b6c1e-4d5a-4b7c-9e3f-0a1b2c3d4e5f_1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f@unq.gbl.spaces';

export const teams: SiteDetector = {
  app: 'teams',
  label: 'Microsoft Teams',
  matches: HOST_PATTERNS.teams,
  ownsHost: (host) => HOSTS.includes(host),
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const teamsExamples: readonly DetectorExample[] = [
  { url: 'https://teams.microsoft.com/v2/', expect: { app: 'teams', page: 'home' } },
  { url: 'https://teams.cloud.microsoft/', expect: { app: 'teams', page: 'home' } },
  {
    url: `https://teams.microsoft.com/l/message/${CHANNEL}/1712345678901?tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47&groupId=0f3c9b1e-2a4d-4e5f-8a9b-1c2d3e4f5a6b&parentMessageId=1712345678901&teamName=Sales&channelName=General&createdTime=1712345678901`,
    expect: { app: 'teams', page: 'message', object: 'message', recordId: `${CHANNEL};messageid=1712345678901` },
  },
  {
    url: 'https://teams.microsoft.com/l/channel/19%3Aa1b2c3d4e5f60718293a4b5c6d7e8f90%40thread.tacv2/General?groupId=0f3c9b1e-2a4d-4e5f-8a9b-1c2d3e4f5a6b&tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47',
    expect: channel(CHANNEL),
  },
  { url: `https://teams.microsoft.com/l/chat/${CHAT}/conversations?context=%7B%22contextType%22%3A%22chat%22%7D`, expect: chat(CHAT) },
  {
    url: `https://teams.cloud.microsoft/l/team/${CHANNEL}/conversations?groupId=0f3c9b1e-2a4d-4e5f-8a9b-1c2d3e4f5a6b&tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47`,
    expect: channel(CHANNEL),
  },
  { url: 'https://teams.microsoft.com/l/chat/0/0?users=jane@acme.com&message=Hi', expect: { app: 'teams', page: 'compose', object: 'conversation' } },
  { url: `https://teams.microsoft.com/_#/conversations/General?threadId=${CHANNEL}&ctx=channel`, expect: channel(CHANNEL) },
  { url: 'https://teams.live.com/v2/', expect: { app: 'teams', page: 'home' } },
  {
    url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU3ZGQ5YjQtYzY4Zi00%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%7d',
    expect: null,
  },
  { url: 'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fchat%2F0%2F0&type=chat', expect: null },
  { url: 'https://www.microsoft.com/en-us/microsoft-teams/group-chat-software', expect: null },
  {
    url: 'https://login.microsoftonline.com/common/oauth2/authorize?redirect_uri=https%3A%2F%2Fteams.microsoft.com%2Fl%2Fchannel%2F19%253Aa1b2%2540thread.tacv2',
    expect: null,
  },
  { url: 'https://teams.microsoft.com/l/entity/com.microsoft.teamspace.tab.planner/tt.c_19:abc@thread.tacv2', expect: null },
];
