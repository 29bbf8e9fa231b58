import { describe, expect, it } from 'vitest';
import { parseRoute } from './router';

describe('parseRoute', () => {
  it('reads the tool from the last path segment under any sub-path', () => {
    expect(parseRoute('/')).toEqual({ route: 'calculator', root: '/' });
    expect(parseRoute('/index.html')).toEqual({ route: 'calculator', root: '/' });
    expect(parseRoute('/incident/')).toEqual({ route: 'incident', root: '/' });
    expect(parseRoute('/tools/outage-kit/postmortem/')).toEqual({ route: 'postmortem', root: '/tools/outage-kit/' });
    expect(parseRoute('/tools/outage-kit/postmortem/index.html')).toEqual({ route: 'postmortem', root: '/tools/outage-kit/' });
    expect(parseRoute('/tools/outage-kit/incident')).toEqual({ route: 'incident', root: '/tools/outage-kit/' });
    expect(parseRoute('/tools/outage-kit/')).toEqual({ route: 'calculator', root: '/tools/outage-kit/' });
  });
});
