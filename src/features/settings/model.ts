// Settings types and defaults (pure).
export interface AutoLockOptions {
  /** Minutes without activity before locking; 0 turns the idle lock off. */
  idleMinutes: number;
  lockOnHide: boolean;
  /** Seconds a photo picker, the camera or a share sheet may keep the app hidden without locking it. */
  pickerGraceSeconds: number;
}

export const DEFAULT_AUTOLOCK: AutoLockOptions = { idleMinutes: 5, lockOnHide: true, pickerGraceSeconds: 60 };
export const IDLE_CHOICES = [1, 2, 5, 10, 15, 30] as const;
export const GRACE_CHOICES = [0, 30, 60, 120, 300] as const;

export function normaliseAutoLock(value: Partial<AutoLockOptions> | undefined): AutoLockOptions {
  const idle = Number(value?.idleMinutes);
  return {
    idleMinutes: Number.isFinite(idle) && idle >= 0 && idle <= 60 ? idle : DEFAULT_AUTOLOCK.idleMinutes,
    lockOnHide: typeof value?.lockOnHide === 'boolean' ? value.lockOnHide : DEFAULT_AUTOLOCK.lockOnHide,
    pickerGraceSeconds: (GRACE_CHOICES as readonly number[]).includes(Number(value?.pickerGraceSeconds))
      ? Number(value?.pickerGraceSeconds) : DEFAULT_AUTOLOCK.pickerGraceSeconds,
  };
}
