package org.jixiao.store;

import java.time.Instant;

/**
 * An account of a served store: a Derby user with one {@link Role}.
 *
 * @param user the user name, as Derby stores it (upper case)
 * @param role the role
 * @param unit the unit (单位) of a {@link Role#FILLER}, else {@code null}
 * @param department the 主管部门 of a {@link Role#SUPERVISOR}, else {@code null}
 * @param createdAt when the account was made
 * @param createdBy who made it
 */
public record Account(String user, Role role, String unit, String department, Instant createdAt, String createdBy) {
}
