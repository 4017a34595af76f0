/**
 * The functions bundle's entry in Excel's JavaScript-only custom-functions
 * runtime (docs/adr/0001-runtime.md): every registry entry is associated with
 * its id; errors become CustomFunctions.Error with the Dutch message.
 */
import { REGISTRY } from './registry';
import { invoke } from './invoke';
import { ERROR_CODE_MEMBER } from './errors';

export function associateAll(): void {
  for (const spec of REGISTRY) {
    CustomFunctions.associate(spec.id, (...args: unknown[]) => {
      const out = invoke(spec, args);
      if (out.ok) return out.value;
      const code = CustomFunctions.ErrorCode[ERROR_CODE_MEMBER[out.error.code]];
      throw new CustomFunctions.Error(code, out.error.message);
    });
  }
}

associateAll();
