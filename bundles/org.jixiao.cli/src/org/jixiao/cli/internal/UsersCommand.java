package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.Account;
import org.jixiao.store.Accounts;
import org.jixiao.store.Role;
import org.jixiao.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao users add|remove|passwd|list}: the accounts of a served store, for an administrator
 * ({@code --db URL --user ADMIN --password P}). The database enforces that only an administrator
 * changes them; the command checks the input first. Exit code 0 when done, 1 when the store refuses
 * or fails, 2 for bad input.
 */
@Command(name = "users", subcommands = { UsersCommand.Add.class, UsersCommand.Remove.class, UsersCommand.Passwd.class,
		UsersCommand.ListCommand.class })
final class UsersCommand implements Runnable {

	/** The environment variable read when {@code --new-password} is not given. */
	static final String NEW_PASSWORD_ENV = "JIXIAO_NEW_PASSWORD"; //$NON-NLS-1$

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getErr());
	}

	/** A subcommand: checks its input, then opens the accounts as the administrator and works. */
	abstract static class AccountsCommand implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Mixin
		StoreOptions store;

		@Override
		public final Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			String problem = check();
			if (problem != null) {
				err.println(NLS.bind(Messages.StoreCommand_failed, "users " + spec.name(), problem)); //$NON-NLS-1$
				return StoreCommands.BAD_INPUT;
			}
			try (Accounts accounts = Accounts.open(store.location())) {
				work(accounts, spec.commandLine().getOut(), err);
				return 0;
			} catch (StoreException e) {
				err.println(NLS.bind(Messages.StoreCommand_failed, "users " + spec.name(), e.getMessage())); //$NON-NLS-1$
				return StoreCommands.FAILED;
			}
		}

		/** @return what is wrong with the input, or {@code null} */
		String check() {
			return null;
		}

		abstract void work(Accounts accounts, PrintWriter out, PrintWriter err) throws StoreException;
	}

	/** The new password: {@code --new-password}, else the environment. */
	static final class NewPassword {

		@Option(names = "--new-password", paramLabel = "PASSWORD", descriptionKey = "users.newPassword")
		String value;

		char[] get() {
			String password = value != null ? value : System.getenv(NEW_PASSWORD_ENV);
			return password == null || password.isEmpty() ? null : password.toCharArray();
		}
	}

	/** {@code jixiao users add NAME --role ROLE [--unit U] [--department D] --new-password P}. */
	@Command(name = "add")
	static final class Add extends AccountsCommand {

		@Parameters(index = "0", paramLabel = "NAME", descriptionKey = "users.name")
		String name;

		@Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "users.role")
		String roleName;

		@Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "users.unit")
		String unit;

		@Option(names = "--department", paramLabel = "DEPARTMENT", descriptionKey = "users.department")
		String department;

		@Mixin
		NewPassword password;

		private Role role;

		@Override
		String check() {
			role = role(roleName);
			if (!Accounts.validName(name)) {
				return NLS.bind(Messages.UsersCommand_badName, name);
			}
			if (role == null) {
				return NLS.bind(Messages.UsersCommand_badRole, roleName);
			}
			if (role == Role.FILLER && (unit == null || unit.isBlank())) {
				return NLS.bind(Messages.UsersCommand_unitRequired, name);
			}
			if (role == Role.SUPERVISOR && (department == null || department.isBlank())) {
				return NLS.bind(Messages.UsersCommand_departmentRequired, name);
			}
			return password.get() == null ? Messages.UsersCommand_noNewPassword : null;
		}

		@Override
		void work(Accounts accounts, PrintWriter out, PrintWriter err) throws StoreException {
			accounts.add(name, role, unit, department, password.get());
			err.println(NLS.bind(Messages.UsersCommand_added, name, role.displayName()));
		}

		/**
		 * @return the role of a name (FILLER ...), an official term (填报 ...) or a name in the
		 *         user's language, or {@code null}
		 */
		private static Role role(String text) {
			Role byName = Role.of(text);
			if (byName != null) {
				return byName;
			}
			for (Role candidate : Role.values()) {
				if (candidate.displayName().equals(text)) {
					return candidate;
				}
			}
			return null;
		}
	}

	/** {@code jixiao users remove NAME}. */
	@Command(name = "remove")
	static final class Remove extends AccountsCommand {

		@Parameters(index = "0", paramLabel = "NAME", descriptionKey = "users.name")
		String name;

		@Override
		String check() {
			return Accounts.validName(name) ? null : NLS.bind(Messages.UsersCommand_badName, name);
		}

		@Override
		void work(Accounts accounts, PrintWriter out, PrintWriter err) throws StoreException {
			accounts.remove(name);
			err.println(NLS.bind(Messages.UsersCommand_removed, name));
		}
	}

	/** {@code jixiao users passwd NAME --new-password P}. */
	@Command(name = "passwd")
	static final class Passwd extends AccountsCommand {

		@Parameters(index = "0", paramLabel = "NAME", descriptionKey = "users.name")
		String name;

		@Mixin
		NewPassword password;

		@Override
		String check() {
			if (!Accounts.validName(name)) {
				return NLS.bind(Messages.UsersCommand_badName, name);
			}
			return password.get() == null ? Messages.UsersCommand_noNewPassword : null;
		}

		@Override
		void work(Accounts accounts, PrintWriter out, PrintWriter err) throws StoreException {
			accounts.setPassword(name, password.get());
			err.println(NLS.bind(Messages.UsersCommand_passwordSet, name));
		}
	}

	/** {@code jixiao users list}. */
	@Command(name = "list")
	static final class ListCommand extends AccountsCommand {

		@Override
		void work(Accounts accounts, PrintWriter out, PrintWriter err) throws StoreException {
			List<Account> list = accounts.list();
			String format = "%-20s  %-30s  %-24s  %-16s  %s"; //$NON-NLS-1$
			out.println(String.format(format, Messages.UsersCommand_user, Messages.UsersCommand_roleColumn, Messages.UsersCommand_scope,
					Messages.UsersCommand_created, Messages.UsersCommand_by));
			for (Account account : list) {
				String scope = account.unit() != null ? account.unit() : account.department() != null ? account.department() : "-"; //$NON-NLS-1$
				out.println(String.format(format, account.user(), account.role().name() + " " + account.role().displayName(), scope, //$NON-NLS-1$
						TIME.format(account.createdAt()), account.createdBy()));
			}
			err.println(NLS.bind(Messages.UsersCommand_count, list.size(), store.location()));
		}
	}
}
