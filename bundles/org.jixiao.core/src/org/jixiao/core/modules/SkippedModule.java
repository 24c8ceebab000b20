package org.jixiao.core.modules;

/**
 * A contribution to {@code org.jixiao.core.modules} that {@link ModuleRegistry} skipped.
 *
 * @param contributor the symbolic name of the contributing bundle
 * @param id the module id the contribution gives, or an empty string
 * @param reason why it was skipped, in the runtime's language
 */
public record SkippedModule(String contributor, String id, String reason) {
}
