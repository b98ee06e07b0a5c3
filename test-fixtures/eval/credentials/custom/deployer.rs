//! Deploy hook client.

const DEPLOY_TOKEN_0: &str = "acmedt_f846504137bad8bb0ba1362fd8841e0d";
const DEPLOY_TOKEN_1: &str = "acmedt_643b1526332172259e52286d856ae4af";
const DEPLOY_TOKEN_2: &str = "acmedt_1cd1afffc46bda38c2b5481d849afa9f";
const DEPLOY_TOKEN_3: &str = "acmedt_f98359a610fceaaf8e7abb4452159102";
const DEPLOY_TOKEN_PREFIX: &str = "acmedt_";
const DEPLOY_TOKEN_SHAPE: &str = "acmedt_<32 hex>";
