//! Connection strings for the storage sync worker.

pub const CONN_0: &str = "postgres://reporting:iXVfbRFFSHqoRzy9aH@orders-db.c7xk2.eu-west-1.rds.amazonaws.com:5432/orders";
pub const CONN_1: &str = "postgresql://deploy:MffgoqizDNolW8mYy3@10.20.4.17:5432/analytics";
pub const CONN_2: &str = "mysql://svc_orders:LOplMl4MYZlh9OGtPq@legacy-mysql.internal.acme.io:3306/shop";
pub const CONN_3: &str = "mongodb+srv://admin:B2W3RcVzASyVKcAxTU@cluster0.x8fke.mongodb.net:27017/courier?retryWrites=true";
pub const CONN_4: &str = "redis://reporting:TX078wKPGwso27uxEN@cache.internal.acme.io:6379/0";
pub const CONN_5: &str = "amqp://ingest:70mvVjQciZQoZNynFV@rabbit.internal.acme.io:5672/orders";
pub const CONN_6: &str = "https://app:HdbBOmOkx4rC45sDzm@nexus.acme.io:443/repository/releases";
pub const CONN_7: &str = "ftp://app:bVvOZvnyO4mQGs2cuo@files.partner-logistics.com:21/inbound";
pub const CONN_8: &str = "postgres://admin:vbyUGj1DlYS78THHvr@orders-db.c7xk2.eu-west-1.rds.amazonaws.com:5432/orders";
pub const CONN_9: &str = "postgresql://ingest:SEyNKiFAHk3myF32bS@10.20.4.17:5432/analytics";
pub const CONN_10: &str = "mysql://app:brQFBprtAROHYzC3UG@legacy-mysql.internal.acme.io:3306/shop";
pub const CONN_11: &str = "mongodb+srv://app:osCfIXoeS4zX8wEkz1@cluster0.x8fke.mongodb.net:27017/courier?retryWrites=true";
pub const CONN_12: &str = "redis://reporting:dfvzrDjpF73rkRaHtd@cache.internal.acme.io:6379/0";
pub const CONN_13: &str = "amqp://admin:bHDxiqR6juVdaZKs4M@rabbit.internal.acme.io:5672/orders";
pub const CONN_14: &str = "https://deploy:HGJel4IHe6ihEDADq8@nexus.acme.io:443/repository/releases";
pub const CONN_15: &str = "ftp://app:EZtFgJy7rjiilfk9oC@files.partner-logistics.com:21/inbound";

pub fn pool() -> sqlx::PgPool {
    sqlx::PgPool::connect_lazy("postgres://sync:OcbTTVFlheNSFOpYd0SK@pg.internal.acme.io/sync").unwrap()
}

pub fn redis() -> redis::Client {
    redis::Client::open(format!("redis://:ABwRdGK4Tf7tw9ctdmwFbacf@cache.internal.acme.io:6379/{}", 2)).unwrap()
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
