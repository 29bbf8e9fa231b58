// The built-in runbook: the order that keeps an outage short when nobody has time to think about order.
import type { Runbook } from './incident-types';

/** The runbook every new installation starts with, and the one "Reset to built-in" restores. */
export const DEFAULT_RUNBOOK: Runbook = {
  id: 'outage-kit-default',
  name: 'Production is down',
  phases: [
    {
      id: 'first-five-minutes',
      title: 'First five minutes',
      guidance: 'Do these four things before anything else, in this order.',
      timeboxMinutes: 5,
      steps: [
        {
          id: 'confirm-scope',
          title: 'Confirm the scope',
          guidance: 'Check whether it is down for everyone, from outside your own machine.',
          detail:
            'Your laptop, VPN or cache can fool you. Check the status pages of your providers, an external probe, or a phone on mobile data, and note which regions, features and customers are affected.',
        },
        {
          id: 'stop-the-bleeding',
          title: 'Stop the bleeding',
          guidance: 'If a change just went out, roll it back.',
          detail:
            'Most outages follow a change. Rolling back to the last known-good version usually restores service fastest, and you can understand the cause afterwards.',
          action: 'rollback-helper',
        },
        {
          id: 'communicate-early',
          title: 'Communicate early',
          guidance: 'Post that you are aware and investigating, with the rough scope and when you will update next.',
          detail:
            'Post before you have answers. An early "we know, we are on it" stops people guessing, saves your team from a flood of questions, and buys you time to work.',
          action: 'status-update',
          milestone: 'acknowledged',
        },
        {
          id: 'preserve-evidence',
          title: 'Preserve evidence',
          guidance: 'Capture logs and metrics before you restart anything.',
          detail:
            'A restart that fixes the problem can also erase why it broke. Save recent logs, take screenshots of dashboards and note the exact times, so the postmortem has facts to work from.',
          commands: [
            'journalctl -u {service} --since {impactStart} > {service}-$(date +%Y%m%d-%H%M).log',
            'kubectl logs deployment/{service} --all-containers --timestamps --since-time={impactStartUtc} > {service}-k8s-$(date +%Y%m%d-%H%M).log',
            'dmesg -T | tail -200 > dmesg-$(date +%Y%m%d-%H%M).log',
          ],
        },
      ],
    },
    {
      id: 'mitigate',
      title: 'Mitigate',
      guidance: 'Get users back to a working service before you try to understand the cause.',
      steps: [
        {
          id: 'choose-mitigation',
          title: 'Roll back, fail over, or shed load',
          guidance: 'Go back to the last known-good state by the quickest safe route.',
          detail:
            'Roll back a recent change, fail over to a healthy region or replica, or turn off the feature or traffic that overloads the system. Understanding comes later; restoring service comes first.',
          action: 'rollback-helper',
        },
        {
          id: 'service-restored',
          title: 'Service restored for users',
          guidance: 'Check this when users can work again, even if the cause is not fixed yet.',
          detail:
            'This stamps the "mitigated" milestone, which ends the time to mitigate. A workaround counts: what matters is that users are no longer affected.',
          milestone: 'mitigated',
        },
      ],
    },
    {
      id: 'diagnose',
      title: 'Diagnose',
      guidance: 'Find out what broke and why, starting from what changed.',
      steps: [
        {
          id: 'correlate-changes',
          title: 'Correlate the outage with what changed',
          guidance: 'Line up when impact started with deploys, config changes, traffic and provider incidents.',
          detail:
            'The cause is usually something that changed shortly before impact started: a deploy, a config or feature flag, a certificate, a dependency, or a jump in traffic.',
        },
        {
          id: 'gather-evidence',
          title: 'Gather evidence from the hosts',
          guidance: 'Run these on an affected host and paste what you find into the timeline.',
          detail:
            'Look for crashes, out-of-memory kills, full disks and services that stopped listening. Note the time of each finding so it lines up with the timeline.',
          commands: [
            'journalctl -u {service} --since {impactStart} | tail -100',
            'dmesg | grep -i "killed process" | tail',
            'df -h',
            'systemctl status {service}',
            'ss -tlnp',
            'free -m',
          ],
        },
      ],
    },
    {
      id: 'fix',
      title: 'Fix',
      guidance: 'Repair the cause with the smallest change you understand.',
      steps: [
        {
          id: 'apply-fix',
          title: 'Apply the fix',
          guidance: 'Make one small, understood change at a time and note each one in the timeline.',
          detail:
            'Several changes at once make it impossible to tell which one helped, or which one made things worse. Keep the rollback ready in case the fix does not hold.',
        },
      ],
    },
    {
      id: 'verify',
      title: 'Verify',
      guidance: 'Make sure it works for users, then tell them.',
      steps: [
        {
          id: 'confirm-fixed',
          title: 'Confirm it is fixed for users',
          guidance: 'Check from outside, the way users reach the service, not only from your dashboards.',
          detail:
            'Green dashboards can miss what users see. Repeat the checks from the first five minutes and watch error rates for a few minutes. Checking this resolves the incident and stops the update reminders.',
          milestone: 'resolved',
        },
        {
          id: 'post-resolved-update',
          title: 'Update the status',
          guidance: 'Tell everyone who heard about the outage that it is resolved.',
          detail:
            'Close the loop with each audience you updated: say what was affected, for how long, and that it is working again.',
          action: 'status-update',
        },
      ],
    },
    {
      id: 'write-up',
      title: 'Write up',
      guidance: 'Turn the timeline into a blameless postmortem while memories are fresh.',
      steps: [
        {
          id: 'start-postmortem',
          title: 'Start the postmortem',
          guidance: 'Open a postmortem prefilled with this incident\u2019s timeline and metrics.',
          detail:
            'Write it within a few days. Focus on how the system and the process let this happen, not on who did what, so people stay open about what they saw.',
          action: 'postmortem',
        },
      ],
    },
  ],
};
