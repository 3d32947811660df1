import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OpenID Connect sign-in (issue 13). An account remembers the provider identity it was linked
 * to (issuer + subject), so a later change of e-mail at the provider still finds it. A sign-in
 * in progress keeps its state, nonce and PKCE verifier in `oidc_login` (not in memory), so the
 * provider may send the browser back to any API instance; rows are single-use and expire.
 */
export class AddedOidcSignIn1764300013100 implements MigrationInterface {
  name = 'AddedOidcSignIn1764300013100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE user_account ADD COLUMN oidc_issuer text, ADD COLUMN oidc_subject text`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX user_account_oidc_identity ON user_account (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE oidc_login (
        state         text PRIMARY KEY,
        nonce         text NOT NULL,
        code_verifier text NOT NULL,
        next_path     text NOT NULL DEFAULT '/',
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX oidc_login_created_idx ON oidc_login (created_at)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE oidc_login`);
    await queryRunner.query(`DROP INDEX user_account_oidc_identity`);
    await queryRunner.query(
      `ALTER TABLE user_account DROP COLUMN oidc_subject, DROP COLUMN oidc_issuer`,
    );
  }
}
