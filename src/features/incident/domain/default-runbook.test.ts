import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNBOOK } from './default-runbook';
import { runbookSchema } from './runbook';

const steps = DEFAULT_RUNBOOK.phases.flatMap((phase) => phase.steps);

describe('DEFAULT_RUNBOOK', () => {
  it('passes its own validation', () => {
    expect(runbookSchema.safeParse(DEFAULT_RUNBOOK).success).toBe(true);
  });

  it('follows the sequence: first five minutes, then mitigate, diagnose, fix, verify, write up', () => {
    expect(DEFAULT_RUNBOOK.phases.map((p) => p.title)).toEqual([
      'First five minutes',
      'Mitigate',
      'Diagnose',
      'Fix',
      'Verify',
      'Write up',
    ]);
    const first = DEFAULT_RUNBOOK.phases[0];
    expect(first?.timeboxMinutes).toBe(5);
    expect(first?.steps.map((s) => s.title)).toEqual([
      'Confirm the scope',
      'Stop the bleeding',
      'Communicate early',
      'Preserve evidence',
    ]);
  });

  it('uses stable, unique kebab-case ids', () => {
    const ids = [...DEFAULT_RUNBOOK.phases.map((p) => p.id), ...steps.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every step one sentence of guidance and a longer why', () => {
    for (const step of steps) {
      expect(step.guidance).toMatch(/^[A-Z].*\.$/);
      expect(step.detail?.length ?? 0).toBeGreaterThan(step.guidance.length);
    }
  });

  it('wires the milestones and actions the incident page relies on', () => {
    const byId = Object.fromEntries(steps.map((s) => [s.id, s]));
    expect(byId['stop-the-bleeding']?.action).toBe('rollback-helper');
    expect(byId['communicate-early']).toMatchObject({ action: 'status-update', milestone: 'acknowledged' });
    expect(byId['service-restored']).toMatchObject({ title: 'Service restored for users', milestone: 'mitigated' });
    expect(byId['confirm-fixed']).toMatchObject({ title: 'Confirm it is fixed for users', milestone: 'resolved' });
    expect(byId['start-postmortem']?.action).toBe('postmortem');
    expect(byId['preserve-evidence']?.commands?.length).toBeGreaterThan(0);
  });

  it('offers the copy-ready evidence commands with the service and impact-start placeholders', () => {
    const commands = steps.flatMap((s) => s.commands ?? []);
    expect(commands).toEqual(
      expect.arrayContaining([
        'journalctl -u {service} --since {impactStart} | tail -100',
        'journalctl -u {service} --since {impactStart} > {service}-$(date +%Y%m%d-%H%M).log',
        'kubectl logs deployment/{service} --all-containers --timestamps --since-time={impactStartUtc} > {service}-k8s-$(date +%Y%m%d-%H%M).log',
        'dmesg | grep -i "killed process" | tail',
        'df -h',
        'systemctl status {service}',
        'ss -tlnp',
        'free -m',
      ]),
    );
  });
});
