import Foundation

/// Uploads crash logs to an S3 bucket. Keys belong in the keychain or Cognito.
final class S3Uploader {
    private let bucket = "acme-crash-logs"
    private let accessKeyId = "AKIA4TQ7PZ3WEXD2LHKN" //~ credentials/aws-access-key
    private let docsExample = "AKIAIOSFODNN7EXAMPLE"

    func signedHeaders(date: Date) -> [String: String] {
        let credential = "ASIAY34FZKBOKMUTVV7A/\(date.timeIntervalSince1970)/us-east-1/s3/aws4_request" //~ credentials/aws-access-key
        return ["X-Amz-Credential": credential]
    }

    func keyFromEnvironment() -> String? {
        ProcessInfo.processInfo.environment["AWS_ACCESS_KEY_ID"]
    }
}
