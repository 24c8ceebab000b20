package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jixiao.store.Accounts;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.ReviewState;
import org.jixiao.store.Role;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The review chain's commands against a served store, each step by the account whose role it is. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServedReviewCommandsTest {

	@TempDir
	Path dir;

	private static String[] as(String url, String user, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--db", url, "--user", user, "--password", user + "-pw"));
		return all.toArray(String[]::new);
	}

	@Test
	void theUnitSubmitsTheSupervisorForwardsTheBureauConfirms() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (DerbyServer server = DerbyServer.start(dir.resolve("served"), port, "boss", "boss-pw".toCharArray())) {
			String url = server.url();
			try (Accounts accounts = Accounts.open(StoreLocation.of(url, "boss", "boss-pw".toCharArray()))) {
				accounts.add("unit1", Role.FILLER, "党政办公室", null, "unit1-pw".toCharArray());
				accounts.add("reviewer1", Role.SUPERVISOR, null, "高新区管委会", "reviewer1-pw".toCharArray());
				accounts.add("bureau1", Role.BUREAU, null, null, "bureau1-pw".toCharArray());
			}
			Path sample = Cli.referenceSample(dir);
			String id = Cli.run(as(url, "unit1", "import", sample.toString())).expect(0).out().strip();
			Cli.run(as(url, "unit1", "submit", id)).expect(0);
			Cli.Result refused = Cli.run(as(url, "unit1", "confirm", id)).expect(1);
			assertTrue(refused.err().contains(Role.FILLER.displayName()), refused.err());
			Cli.run(as(url, "reviewer1", "accept", id)).expect(0);
			Cli.run(as(url, "reviewer1", "forward", id, "--comment", "同意报送")).expect(0);
			Cli.Result confirmed = Cli.run(as(url, "bureau1", "confirm", id, "--adjust", "领导班子年度综合考核等次=1.7:考核材料不全")).expect(0);
			assertEquals("99.00", confirmed.out().strip());
			Cli.Result list = Cli.run(as(url, "unit1", "list")).expect(0);
			assertTrue(list.out().contains(ReviewState.CONFIRMED.displayName()) && list.out().contains("99.00"), list.out());
			Cli.Result versions = Cli.run(as(url, "unit1", "versions", id)).expect(0);
			assertTrue(versions.out().contains("UNIT1") && versions.out().contains("REVIEWER1") && versions.out().contains("考核材料不全"),
					versions.out());
		}
	}
}
