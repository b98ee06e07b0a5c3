//! Connection strings for the storage sync worker.

pub const CONN_0: &str = "postgres://reporting:kRn7lKbTBcGkmsTqnc@orders-db.c7xk2.eu-west-1.rds.amazonaws.com:5432/orders";
pub const CONN_1: &str = "postgresql://reporting:Nfha5FDExLtm6G1xDT@10.20.4.17:5432/analytics";
pub const CONN_2: &str = "mysql://ingest:k8zantmXiyCUVZGxMV@legacy-mysql.internal.acme.io:3306/shop";
pub const CONN_3: &str = "mongodb+srv://svc_orders:zy9aHKACEkPwngVybl@cluster0.x8fke.mongodb.net:27017/courier?retryWrites=true";
pub const CONN_4: &str = "redis://ingest:8mYy3oLOplMl4MYZlh@cache.internal.acme.io:6379/0";
pub const CONN_5: &str = "amqp://ingest:GtPq1yB2W3RcVzASyV@rabbit.internal.acme.io:5672/orders";
pub const CONN_6: &str = "https://deploy:cAxTUwTX078wKPGwso@nexus.acme.io:443/repository/releases";
pub const CONN_7: &str = "ftp://reporting:xEN2R70mvVjQciZQoZ@files.partner-logistics.com:21/inbound";
pub const CONN_8: &str = "postgres://deploy:ynFV32gHdbBOmOkx4r@orders-db.c7xk2.eu-west-1.rds.amazonaws.com:5432/orders";
pub const CONN_9: &str = "postgresql://admin:45sDzmebVvOZvnyO4m@10.20.4.17:5432/analytics";
pub const CONN_10: &str = "mysql://ingest:Gs2cuo8AvbyUGj1DlY@legacy-mysql.internal.acme.io:3306/shop";
pub const CONN_11: &str = "mongodb+srv://ingest:78THHvrVSEyNKiFAHk@cluster0.x8fke.mongodb.net:27017/courier?retryWrites=true";
pub const CONN_12: &str = "redis://svc_orders:yF32bS2XfbrQFBprtA@cache.internal.acme.io:6379/0";
pub const CONN_13: &str = "amqp://ingest:OHYzC3UGbosCfIXoeS@rabbit.internal.acme.io:5672/orders";
pub const CONN_14: &str = "https://admin:X8wEkz1vdfvzrDjpF7@nexus.acme.io:443/repository/releases";
pub const CONN_15: &str = "ftp://reporting:kRaHtdFbHDxiqR6juV@files.partner-logistics.com:21/inbound";

pub fn pool() -> sqlx::PgPool {
    sqlx::PgPool::connect_lazy("postgres://sync:daZKs4MJHGJel4IHe6ih@pg.internal.acme.io/sync").unwrap()
}

pub fn redis() -> redis::Client {
    redis::Client::open(format!("redis://:EDADq8dEZtFgJy7rjiilfk9o@cache.internal.acme.io:6379/{}", 2)).unwrap()
}

pub const DOCUMENTED_0: &str = "postgres://localhost/sync";
pub const DOCUMENTED_1: &str = "postgres://sync@pg.internal.acme.io/sync";
pub const DOCUMENTED_2: &str = "postgres://sync:${PGPASSWORD}@pg.internal.acme.io/sync";
pub const DOCUMENTED_3: &str = "postgres://user:password@localhost:5432/dbname";
pub const DOCUMENTED_4: &str = "mysql://root:<password>@127.0.0.1/shop";
pub const DOCUMENTED_5: &str = "https://github.com/acme/storage-sync.git";
pub const DOCUMENTED_6: &str = "git@github.com:acme/storage-sync.git";
pub const DOCUMENTED_7: &str = "https://user@example.com/path";
pub const DOCUMENTED_8: &str = "mongodb+srv://<username>:<password>@cluster0.mongodb.net";
pub const DOCUMENTED_9: &str = "redis://cache.internal.acme.io:6379/0";
pub const DOCUMENTED_10: &str = "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgConnectOptions.html";
pub const DOCUMENTED_11: &str = "amqp://guest:guest@localhost:5672";
pub const DOCUMENTED_12: &str = "mailto:ops@acme.io";
pub const DOCUMENTED_13: &str = "https://api.acme.io/v1/users/{id}:activate";

pub fn from_env() -> String {
    std::env::var("DATABASE_URL").expect("DATABASE_URL")
}

pub fn build(user: &str, password: &str, host: &str) -> String {
    format!("postgres://{user}:{password}@{host}/sync")
}
