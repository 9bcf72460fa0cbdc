// Whether the screen is touch only (no mouse or keyboard pointer): keyboard hints are left out there.
export function touchOnly(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse) and (hover: none)').matches;
}
