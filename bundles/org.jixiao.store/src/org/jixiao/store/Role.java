package org.jixiao.store;

import org.jixiao.store.internal.Messages;

/**
 * The role of an account on a served store, a Derby SQL role of the same name: what its holder is
 * allowed to do is granted to the role in the database, so that the database enforces it for every
 * client, the product's and plain JDBC alike.
 */
public enum Role {
	/** 填报: an officer of a unit, who fills in its evaluations; the account names its unit. */
	FILLER("填报"), //$NON-NLS-1$
	/** 主管部门审核: a reviewer of a 主管部门 (competent department); the account names it. */
	SUPERVISOR("主管部门审核"), //$NON-NLS-1$
	/** 财政复核: a reviewer of the finance bureau. */
	BUREAU("财政复核"), //$NON-NLS-1$
	/** 管理: an administrator: accounts, backup, stopping the server. */
	ADMIN("管理"); //$NON-NLS-1$

	private final String officialTerm;

	Role(String officialTerm) {
		this.officialTerm = officialTerm;
	}

	/**
	 * @param name a role's name in any case, or its official term
	 * @return the role, or {@code null} when there is none of that name
	 */
	public static Role of(String name) {
		for (Role role : values()) {
			if (role.name().equalsIgnoreCase(name) || role.officialTerm.equals(name)) {
				return role;
			}
		}
		return null;
	}

	/** @return the official Chinese term of the role in the review chain: 填报, 主管部门审核, 财政复核, 管理 */
	public String officialTerm() {
		return officialTerm;
	}

	/** @return the name people read: 填报, 主管部门审核, 财政复核, 管理 (or the English names) */
	public String displayName() {
		return switch (this) {
		case FILLER -> Messages.Role_filler;
		case SUPERVISOR -> Messages.Role_supervisor;
		case BUREAU -> Messages.Role_bureau;
		case ADMIN -> Messages.Role_admin;
		};
	}
}
