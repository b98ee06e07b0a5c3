import Foundation

/// Keys the app was shipped with before the backend proxy existed.
enum ShippedKeys {
    static var sendGridKey: String {
        return "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"
    }
    static let sendGridKeyHint = "SG.EZciCQP00U87juJUBEoAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    static let sendGridKeyFromPlist = Bundle.main.object(forInfoDictionaryKey: "SENDGRID_API_KEY") as? String
    static let mailgunKey = "key-250f067b74c68bd1ee27518e4bd6e1e4"
    static let mailgunKeyHint = "key-250f067bxxxxxxxxxxxxxxxxxxxxxxxx"
    static let mailgunKeyFromPlist = Bundle.main.object(forInfoDictionaryKey: "MAILGUN_API_KEY") as? String
    static var twilioAuthToken: String {
        return "5a7829ebc325bd99413187604e8ef1b1"
    }
    static let twilioAuthTokenHint = "5a7829ebc3xxxxxxxxxxxxxxxxxxxxxx"
    static let twilioAuthTokenFromPlist = Bundle.main.object(forInfoDictionaryKey: "TWILIO_AUTH_TOKEN") as? String
    static let brevoKey: String = "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"
    static let brevoKeyHint = "xkeysib-2a80bf8843075b7d1fb63xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    static let brevoKeyFromPlist = Bundle.main.object(forInfoDictionaryKey: "BREVO_API_KEY") as? String
    static let mailchimpKey = "670d262b1e23cc47c3ee38ae14e8496f-us20"
    static let mailchimpKeyHint = "670d262b1e23xxxxxxxxxxxxxxxxxxxxxxxxx"
    static let mailchimpKeyFromPlist = Bundle.main.object(forInfoDictionaryKey: "MAILCHIMP_API_KEY") as? String
    static let npmToken: String = "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"
    static let npmTokenHint = "npm_RYutWRdiyJabdWBvxlleT9YzO7FWhQ2BEEEA"
    static let npmTokenFromPlist = Bundle.main.object(forInfoDictionaryKey: "NPM_TOKEN") as? String
    static let pypiToken = "pypi-AgEIcHlwaS5vcmcXqUj-22nRe40JZ_bYZ-w65no5VB180ACFa0qn6dQj_QKhCHD4__UjgjfXudzTQXGqi-x8PikL2t_yiRbiMdYN2fFq6oCoS1UFyVlYONgEUsYx1ihEeGY14iiMyD5FN-kvkdgK7FI0b4i"
    static let pypiTokenHint = "pypi-AgEIcHlwaS5vcmcXqUj-22nRe40JZ_bYZ-w65no5VB180ACFxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    static let pypiTokenFromPlist = Bundle.main.object(forInfoDictionaryKey: "PYPI_TOKEN") as? String
    static let cratesToken = "cioP4VsfB5pmh38g90T0R7HiA90hbV6nFWL"
    static let cratesTokenHint = "cioP4VsfB5pxxxxxxxxxxxxxxxxxxxxxxxx"
    static let cratesTokenFromPlist = Bundle.main.object(forInfoDictionaryKey: "CARGO_REGISTRY_TOKEN") as? String
    static let dockerHubToken: String = "dckr_pat_4-ffDNH0qdN7VExMzj83pcgPIrW"
    static let dockerHubTokenHint = "dckr_pat_4-fxxxxxxxxxxxxxxxxxxxxxxxx"
    static let dockerHubTokenFromPlist = Bundle.main.object(forInfoDictionaryKey: "DOCKERHUB_TOKEN") as? String
    static let rubygemsKey = "rubygems_84eab845e9c9d83589a8070fec594d17a783a06aac2f80f9"
    static let rubygemsKeyHint = "rubygems_84eab845e9xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    static let rubygemsKeyFromPlist = Bundle.main.object(forInfoDictionaryKey: "GEM_HOST_API_KEY") as? String
    static var nugetKey: String {
        return "oy2acxlg2wv6kzlsvz712niclkh8wpldcipl0axowkgeay"
    }
    static let nugetKeyHint = "oy2acxlg2wv6kzlxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    static let nugetKeyFromPlist = Bundle.main.object(forInfoDictionaryKey: "NUGET_API_KEY") as? String
    static let herokuKey = "HRKU-caAK9G0Wuiw6rWIj0LEiRlwYjqzertEmtWSgz3FSDw0wO0sOZgjON-ytr2Fh"
    static let herokuKeyHint = "HRKU-caAK9G0Wuiw6rWIjxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    static let herokuKeyFromPlist = Bundle.main.object(forInfoDictionaryKey: "HEROKU_API_KEY") as? String
    static var digitalOceanToken: String {
        return "dop_v1_943794e8249b1f891a45d218bafcbbaa49132982769100a24a6514cbb7928ac4"
    }
    static let digitalOceanTokenHint = "dop_v1_943794e8249b1f89xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    static let digitalOceanTokenFromPlist = Bundle.main.object(forInfoDictionaryKey: "DIGITALOCEAN_TOKEN") as? String
    static let netlifyToken: String = "nfp_BXUqwXR366l4blF6VIFhH4vOHL3lWIze9iXc"
    static let netlifyTokenHint = "nfp_BXUqwXR36xxxxxxxxxxxxxxxxxxxxxxxxxxx"
    static let netlifyTokenFromPlist = Bundle.main.object(forInfoDictionaryKey: "NETLIFY_AUTH_TOKEN") as? String
    static let supabaseSecretKey = "sb_secret_F4eN1NI6zuksypSMP9B2TzB-ihe_41l"
    static let supabaseSecretKeyHint = "sb_secret_F4exxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    static let supabaseSecretKeyFromPlist = Bundle.main.object(forInfoDictionaryKey: "SUPABASE_SECRET_KEY") as? String
    static let aliyunAccessKeyId = "LTAIzOkZDc7tDdLuIEybEGd0"
    static let aliyunAccessKeyIdHint = "LTAIzOkZxxxxxxxxxxxxxxxx"
    static let aliyunAccessKeyIdFromPlist = Bundle.main.object(forInfoDictionaryKey: "ALIBABA_ACCESS_KEY_ID") as? String
    static let tencentSecretId = "AKIDnON17I5SKAbsbno5qErMIMU8BC2rmjRY"
    static let tencentSecretIdHint = "AKIDnON17I5Sxxxxxxxxxxxxxxxxxxxxxxxx"
    static let tencentSecretIdFromPlist = Bundle.main.object(forInfoDictionaryKey: "TENCENTCLOUD_SECRET_ID") as? String
    static var databricksToken: String {
        return "dapi499f717c63ed5b47fd113e37fee97653"
    }
    static let databricksTokenHint = "dapi499f717cxxxxxxxxxxxxxxxxxxxxxxxx"
    static let databricksTokenFromPlist = Bundle.main.object(forInfoDictionaryKey: "DATABRICKS_TOKEN") as? String
}
