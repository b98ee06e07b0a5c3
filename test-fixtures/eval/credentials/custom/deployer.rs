//! Deploy hook client.

const DEPLOY_TOKEN_0: &str = "acmedt_0f2cf3bdaa4e8cebf7a960cf6c7c843c";
const DEPLOY_TOKEN_1: &str = "acmedt_47078256a34dd5917331de1af8465041";
const DEPLOY_TOKEN_2: &str = "acmedt_37bad8bb0ba1362fd8841e0d643b1526";
const DEPLOY_TOKEN_3: &str = "acmedt_332172259e52286d856ae4af1cd1afff";
const DEPLOY_TOKEN_PREFIX: &str = "acmedt_";
const DEPLOY_TOKEN_SHAPE: &str = "acmedt_<32 hex>";
