package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewState;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao submit|withdraw|accept|forward|return|confirm|versions|rectify} on an embedded store
 * given with --db, where the single user takes every step.
 */
class ReviewCommandsTest {

	private static final String LEADERSHIP = "产出指标/质量指标/领导班子年度综合考核等次";

	@TempDir
	Path dir;

	private String db;
	private String id;

	@BeforeEach
	void storeTheSample() throws Exception {
		Path database = dir.resolve("db");
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			id = Long.toString(store.insert(EvaluationResources.referenceSample(), "tester"));
		}
		db = database.toString();
	}

	@Test
	void theChainOnTheCommandLine() throws Exception {
		Cli.Result submitted = Cli.run("submit", id, "--db", db, "--user", "填报员").expect(0);
		String sha256 = submitted.out().strip();
		assertTrue(sha256.matches("[0-9a-f]{64}"), submitted.out());
		assertTrue(submitted.err().contains("99.30"), submitted.err());
		Cli.Result list = Cli.run("list", "--db", db).expect(0);
		assertTrue(list.out().contains(ReviewState.SUBMITTED.displayName()), list.out());
		Cli.Result twice = Cli.run("submit", id, "--db", db).expect(1);
		assertTrue(twice.err().contains("jixiao submit") && twice.err().contains(ReviewState.SUBMITTED.displayName()), twice.err());

		Cli.run("accept", id, "--db", db, "--user", "主管").expect(0);
		Cli.Result forwarded = Cli.run("forward", id, "--db", db, "--user", "主管", "--comment", "同意报送").expect(0);
		assertTrue(forwarded.err().contains(ReviewState.BUREAU_REVIEW.displayName()), forwarded.err());
		Cli.run("return", id, "--db", db, "--comment", "请修改", "--row", "没有等号").expect(2);
		Cli.run("return", id, "--db", db, "--row", "产出指标/数量指标/发展党员=请附名册").expect(2); // --comment is required
		Cli.Result unknown = Cli.run("return", id, "--db", db, "--comment", "请修改", "--row", "产出指标/数量指标/没有这一行=?").expect(1);
		assertTrue(unknown.err().contains("没有这一行"), unknown.err());
		Cli.run("return", id, "--db", db, "--user", "财政", "--comment", "请补充佐证", "--row", "产出指标/数量指标/发展党员=请附名册").expect(0);

		Cli.Result versions = Cli.run("versions", id, "--db", db).expect(0);
		assertTrue(versions.out().contains(sha256) && versions.out().contains("请附名册") && versions.out().contains("同意报送")
				&& versions.out().contains(ReviewState.RETURNED.displayName()), versions.out());

		Cli.run("submit", id, "--db", db).expect(0);
		Cli.run("accept", id, "--db", db).expect(0);
		Cli.run("forward", id, "--db", db).expect(0);
		Cli.run("confirm", id, "--db", db, "--adjust", LEADERSHIP + "=abc:理由").expect(2);
		Cli.Result outOfBand = Cli.run("confirm", id, "--db", db, "--adjust", LEADERSHIP + "=1.0:考核材料不全").expect(1);
		assertTrue(outOfBand.err().contains("领导班子年度综合考核等次") && outOfBand.err().contains("80%"), outOfBand.err());
		Cli.Result confirmed = Cli.run("confirm", id, "--db", db, "--user", "财政", "--adjust", LEADERSHIP + "=1.7:考核材料不全").expect(0);
		assertEquals("99.00", confirmed.out().strip());
		list = Cli.run("list", "--db", db).expect(0);
		assertTrue(list.out().contains(ReviewState.CONFIRMED.displayName()) && list.out().contains("99.00"), list.out());

		Cli.run("rectify", id, "--db", db, "--problem", "党建专项资金执行偏差").expect(2);
		Cli.run("rectify", id, "--db", db, "--problem", "p", "--requirement", "r", "--deadline", "明年").expect(2);
		String rectification = Cli.run("rectify", id, "--db", db, "--problem", "党建专项资金执行偏差", "--requirement", "补发补助",
				"--deadline", "2025-06-30").expect(0).out().strip();
		Cli.run("rectify", "accept", rectification, "--db", db).expect(1);
		Cli.run("rectify", "answer", rectification, "--db", db, "--text", "已补发").expect(0);
		Cli.run("rectify", "return", rectification, "--db", db, "--comment", "缺凭证").expect(0);
		Path voucher = Files.writeString(dir.resolve("补发凭证.pdf"), "%PDF-1.4 voucher");
		Cli.Result missing = Cli.run("rectify", "answer", rectification, "--db", db, "--text", "已补发，附凭证", "--evidence",
				dir.resolve("没有这个文件.pdf").toString()).expect(2);
		assertTrue(missing.err().contains("没有这个文件.pdf"), missing.err());
		assertTrue(Cli.run("versions", id, "--db", db).expect(0).out().contains(Rectification.State.RETURNED.displayName()),
				"a refused answer changes nothing");
		Cli.Result answered = Cli.run("rectify", "answer", rectification, "--db", db, "--text", "已补发，附凭证", "--evidence", voucher.toString())
				.expect(0);
		assertTrue(answered.out().contains("补发凭证.pdf"), answered.out());
		Cli.run("rectify", "accept", rectification, "--db", db).expect(0);

		versions = Cli.run("versions", id, "--db", db).expect(0);
		String out = versions.out();
		assertTrue(out.contains("   1  ") && out.contains("   2  ") && out.contains("考核材料不全") && out.contains("已补发，附凭证")
				&& out.contains("2025-06-30"), out);
		assertTrue(out.contains("补发凭证.pdf") && out.contains(sha256Of("%PDF-1.4 voucher")), "the rectification's evidence: " + out);
		Cli.Result frozen = Cli.run("delete", id, "--db", db).expect(1);
		assertTrue(frozen.err().contains(ReviewState.CONFIRMED.displayName()), frozen.err());
	}

	@Test
	void withdrawUnfreezes() {
		Cli.run("submit", id, "--db", db).expect(0);
		Cli.run("withdraw", id, "--db", db, "--comment", "还要改").expect(0);
		Cli.run("withdraw", id, "--db", db).expect(1);
		Cli.run("delete", id, "--db", db).expect(0);
		Cli.run("versions", id, "--db", db).expect(1);
	}

	private static String sha256Of(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
