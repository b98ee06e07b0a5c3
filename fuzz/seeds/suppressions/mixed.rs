// trustlint:allow(credentials/aws-access-key) -- rotated test key, revoked 2024-02
const KEY: &str = "AKIA4TQ7PZ3WEXD2LHKN";
let token = "x"; // trustlint:allow(credentials, debug-entry) -- both reviewed
/* trustlint:allow(data-upload/sensitive-data-to-network) -- consent checked upstream */
// trustlint:allow(credentials/generic-secret)
// trustlint:allow() -- empty
# trustlint:allow(credentials) -- env file
<!-- trustlint:allow(credentials/private-key) -- plist -->
let s = "trustlint:allow(not-a-comment) -- inside a string";
// trustlint:allow(credentials/aws-access-key
