//! What the flow engine knows about Apple's and SDKs' APIs, as data: where sensitive
//! data comes from (sources), where it leaves the device (sinks) and which conditions
//! mean the user agreed (consent checks). `[data-upload]` in `trustlint.toml` extends
//! the sources, sinks and consent checks.

use crate::fast_hash::FastMap;
use trustlint_core::Config;
use trustlint_core::config::ConfigLanguage;

/// The kind of data a value carries.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DataType {
    Contacts,
    Location,
    Clipboard,
    AdvertisingId,
    VendorId,
    DeviceName,
    Keychain,
    Photos,
    Health,
    Fitness,
    Calendar,
    Microphone,
    Camera,
    InstalledApps,
    Environment,
    /// The contents of a credential or key file, or key material exported from the
    /// keychain.
    KeyFile,
    /// A source from `[data-upload] sources`, named by its `data-type`.
    Custom(String),
    /// Stands for a function's parameter while its summary is computed; never reported.
    Parameter(usize),
}

impl DataType {
    /// How messages name the data: "the contacts reach …".
    pub fn describe(&self) -> String {
        match self {
            DataType::Contacts => "the user's contacts".to_owned(),
            DataType::Location => "the device's location".to_owned(),
            DataType::Clipboard => "the clipboard's contents".to_owned(),
            DataType::AdvertisingId => "the advertising identifier (IDFA)".to_owned(),
            DataType::VendorId => "the identifier for vendor (IDFV)".to_owned(),
            DataType::DeviceName => "the device's name".to_owned(),
            DataType::Keychain => "a keychain item".to_owned(),
            DataType::Photos => "the user's photos".to_owned(),
            DataType::Health => "HealthKit data".to_owned(),
            DataType::Fitness => "motion and fitness data".to_owned(),
            DataType::Calendar => "the user's calendar events".to_owned(),
            DataType::Microphone => "microphone audio".to_owned(),
            DataType::Camera => "camera frames".to_owned(),
            DataType::InstalledApps => "the list of installed apps".to_owned(),
            DataType::Environment => "the process environment".to_owned(),
            DataType::KeyFile => "a private key or credential file".to_owned(),
            DataType::Custom(name) => format!("{name} data"),
            DataType::Parameter(index) => format!("parameter {index}"),
        }
    }

    /// The `NSPrivacyCollectedDataType` values any one of which declares this data.
    /// Empty when Apple's manifest has no category for it.
    pub fn manifest_types(&self) -> &'static [&'static str] {
        match self {
            DataType::Contacts => &["NSPrivacyCollectedDataTypeContacts"],
            DataType::Location => &[
                "NSPrivacyCollectedDataTypePreciseLocation",
                "NSPrivacyCollectedDataTypeCoarseLocation",
            ],
            DataType::AdvertisingId | DataType::VendorId | DataType::DeviceName => {
                &["NSPrivacyCollectedDataTypeDeviceID"]
            }
            DataType::Photos | DataType::Camera => &["NSPrivacyCollectedDataTypePhotosorVideos"],
            DataType::Health => &["NSPrivacyCollectedDataTypeHealth"],
            DataType::Fitness => &["NSPrivacyCollectedDataTypeFitness"],
            DataType::Microphone => &["NSPrivacyCollectedDataTypeAudioData"],
            DataType::Clipboard | DataType::Calendar => {
                &["NSPrivacyCollectedDataTypeOtherUserContent"]
            }
            DataType::InstalledApps => &["NSPrivacyCollectedDataTypeOtherDataTypes"],
            DataType::Keychain
            | DataType::Environment
            | DataType::KeyFile
            | DataType::Custom(_)
            | DataType::Parameter(_) => &[],
        }
    }

    /// Data types from `[data-upload] sources` that name a built-in kind map onto it,
    /// so that they report under its rule.
    fn from_config(name: &str) -> DataType {
        match name.to_ascii_lowercase().as_str() {
            "contacts" => DataType::Contacts,
            "location" => DataType::Location,
            "clipboard" => DataType::Clipboard,
            "advertising-id" | "idfa" => DataType::AdvertisingId,
            "device-id" => DataType::VendorId,
            "keychain" => DataType::Keychain,
            "photos" => DataType::Photos,
            "health" => DataType::Health,
            "env-vars" | "environment" => DataType::Environment,
            "key-file" => DataType::KeyFile,
            _ => DataType::Custom(name.to_owned()),
        }
    }
}

/// Credential and key files, matched against the lower-cased text of a path the code
/// builds (unknown parts stand for directories such as the home directory), with how
/// messages name them.
const KEY_FILES: &[(&str, &str)] = &[
    ("/.ssh/", "an SSH key"),
    ("id_rsa", "an SSH private key"),
    ("id_ed25519", "an SSH private key"),
    ("id_ecdsa", "an SSH private key"),
    ("id_dsa", "an SSH private key"),
    (".aws/credentials", "AWS credentials"),
    (".git-credentials", "stored git credentials"),
    (".npmrc", "npm credentials"),
    (".netrc", "stored login credentials"),
    (".docker/config.json", "Docker registry credentials"),
    ("/keychains/", "a keychain database"),
    (".keychain-db", "a keychain database"),
    (".keychain", "a keychain database"),
    ("login data", "a browser's saved passwords"),
    ("key4.db", "a browser's saved passwords"),
    ("wallet.dat", "a cryptocurrency wallet"),
    ("/etc/shadow", "the password database"),
    ("/etc/passwd", "the account database"),
];

/// File extensions of private keys and key stores.
const KEY_FILE_EXTENSIONS: &[(&str, &str)] = &[
    (".pem", "a PEM private key"),
    (".key", "a private key file"),
    (".p12", "a PKCS#12 key store"),
    (".pfx", "a PKCS#12 key store"),
    (".p8", "a PKCS#8 private key"),
    (".jks", "a Java key store"),
    (".kdbx", "a password database"),
];

/// What kind of credential or key file a path names, if it names one.
pub fn key_file_kind(path_text: &str) -> Option<&'static str> {
    let path = path_text.to_lowercase();
    // `/.ssh/` also matches a path ending in the directory.
    let path = if path.ends_with("/.ssh") || path == ".ssh" {
        format!("{path}/")
    } else {
        path
    };
    let file_name = path.rsplit('/').next().unwrap_or_default();
    // `id_ed25519.pub` is the public half, meant to be shared.
    if file_name.ends_with(".pub") {
        return None;
    }
    KEY_FILES
        .iter()
        .find(|(needle, _)| {
            path.contains(needle) || (needle == &"/.ssh/" && path.starts_with(".ssh/"))
        })
        .or_else(|| {
            KEY_FILE_EXTENSIONS
                .iter()
                .find(|(extension, _)| file_name.ends_with(extension))
        })
        .map(|(_, kind)| *kind)
}

/// Whether a string literal in a condition picks out key files while walking a
/// directory (`name.hasSuffix(".pem")`, `name.hasPrefix("id_")`).
pub fn names_key_files(literal: &str) -> bool {
    let literal = literal.to_lowercase();
    matches!(literal.as_str(), "id_" | "pem" | "p12" | "key" | "ssh")
        || key_file_kind(&literal).is_some()
}

/// Calls that read a file named by their first argument (a path or a file URL):
/// (callee, first label). An empty callee is any receiver's method.
pub const FILE_READERS: &[(&str, &str)] = &[
    ("String", "contentsOfFile"),
    ("String", "contentsOf"),
    ("NSString", "contentsOfFile"),
    ("Data", "contentsOf"),
    ("NSData", "contentsOfFile"),
    ("NSData", "contentsOf"),
    ("FileHandle", "forReadingAtPath"),
    ("FileHandle", "forReadingFrom"),
    ("contents", "atPath"),
];

/// How a source is recognised.
#[derive(Clone, Debug)]
pub enum SourceMatch {
    /// A member chain ending in this path: `UIPasteboard.general.string`. A leading `.`
    /// matches the member on any receiver: `.advertisingIdentifier`.
    Member(String),
    /// A call whose callee ends in this path: `SecItemCopyMatching`, `.unifiedContacts`.
    Call(String),
    /// The value a call writes through its `&`-argument at this position.
    OutArgument { call: &'static str, position: usize },
    /// A closure parameter (by position) of a call whose callee ends in `call`.
    ClosureParameter { call: &'static str, position: usize },
    /// A function parameter declared with this type (delegate callbacks, helpers).
    ParameterType(&'static str),
}

#[derive(Clone, Debug)]
pub struct Source {
    pub matcher: SourceMatch,
    pub data: DataType,
    /// The API as messages name it.
    pub api: String,
}

/// Where a sink sends its data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SinkDestination {
    /// The first argument (a URL or request), or the argument with this label.
    Argument(Option<&'static str>),
    /// The receiver (a connection or socket built for a host).
    Receiver,
    /// A third-party service whose SDK picks the host.
    Service(&'static [&'static str]),
    /// Unknown (sinks from the config).
    Unknown,
}

/// A network call.
#[derive(Clone, Debug)]
pub struct Sink {
    /// The callee's last name: `dataTask`, `logEvent`.
    pub method: String,
    /// The receiver must have one of these segments (`=AF` exactly, `~session` contained,
    /// both case-insensitive); empty: any receiver or none.
    pub receivers: Vec<String>,
    /// The first argument's label, when it tells the API apart from same-named ones.
    pub first_label: Option<&'static str>,
    /// The API as messages name it.
    pub api: String,
    pub destination: SinkDestination,
}

const FIREBASE_HOSTS: &[&str] = &["app-measurement.com"];
const MIXPANEL_HOSTS: &[&str] = &["api.mixpanel.com"];
const AMPLITUDE_HOSTS: &[&str] = &["api2.amplitude.com"];
const SEGMENT_HOSTS: &[&str] = &["api.segment.io"];
const SENTRY_HOSTS: &[&str] = &["sentry.io"];
const CRASHLYTICS_HOSTS: &[&str] = &["firebase-settings.crashlytics.com"];

/// Built-in sources: (how matched, data type, API name).
fn builtin_sources() -> Vec<Source> {
    use DataType::*;
    use SourceMatch::*;
    let member = |path: &str| Member(path.to_owned());
    let call = |path: &str| Call(path.to_owned());
    let table: Vec<(SourceMatch, DataType, &str)> = vec![
        // Contacts
        (
            call(".unifiedContacts"),
            Contacts,
            "CNContactStore.unifiedContacts",
        ),
        (
            call(".unifiedContact"),
            Contacts,
            "CNContactStore.unifiedContact",
        ),
        (
            call(".unifiedMeContactWithKeys"),
            Contacts,
            "CNContactStore.unifiedMeContactWithKeys",
        ),
        (
            ClosureParameter {
                call: ".enumerateContacts",
                position: 0,
            },
            Contacts,
            "CNContactStore.enumerateContacts",
        ),
        (ParameterType("CNContact"), Contacts, "a CNContact"),
        // Location
        (
            member("locationManager.location"),
            Location,
            "CLLocationManager.location",
        ),
        (
            member("manager.location"),
            Location,
            "CLLocationManager.location",
        ),
        (
            member("CLLocationManager().location"),
            Location,
            "CLLocationManager.location",
        ),
        (
            call("CLLocationUpdate.liveUpdates"),
            Location,
            "CLLocationUpdate.liveUpdates",
        ),
        (ParameterType("CLLocation"), Location, "a CLLocation"),
        (
            ParameterType("CLLocationCoordinate2D"),
            Location,
            "a CLLocationCoordinate2D",
        ),
        (ParameterType("CLPlacemark"), Location, "a CLPlacemark"),
        // Clipboard
        (
            member("UIPasteboard.general.string"),
            Clipboard,
            "UIPasteboard.general.string",
        ),
        (
            member("UIPasteboard.general.strings"),
            Clipboard,
            "UIPasteboard.general.strings",
        ),
        (
            member("UIPasteboard.general.url"),
            Clipboard,
            "UIPasteboard.general.url",
        ),
        (
            member("UIPasteboard.general.urls"),
            Clipboard,
            "UIPasteboard.general.urls",
        ),
        (
            member("UIPasteboard.general.image"),
            Clipboard,
            "UIPasteboard.general.image",
        ),
        (
            member("UIPasteboard.general.images"),
            Clipboard,
            "UIPasteboard.general.images",
        ),
        (
            member("UIPasteboard.general.items"),
            Clipboard,
            "UIPasteboard.general.items",
        ),
        (
            call("UIPasteboard.general.data"),
            Clipboard,
            "UIPasteboard.general.data(forPasteboardType:)",
        ),
        (
            call("UIPasteboard.general.value"),
            Clipboard,
            "UIPasteboard.general.value(forPasteboardType:)",
        ),
        (
            call("NSPasteboard.general.string"),
            Clipboard,
            "NSPasteboard.general.string(forType:)",
        ),
        // Device and advertising identifiers
        (
            member(".advertisingIdentifier"),
            AdvertisingId,
            "ASIdentifierManager.advertisingIdentifier",
        ),
        (
            member(".identifierForVendor"),
            VendorId,
            "UIDevice.identifierForVendor",
        ),
        (
            member("UIDevice.current.name"),
            DeviceName,
            "UIDevice.current.name",
        ),
        // Keychain
        (
            OutArgument {
                call: "SecItemCopyMatching",
                position: 1,
            },
            Keychain,
            "SecItemCopyMatching",
        ),
        (
            call("KeychainWrapper.standard.string"),
            Keychain,
            "KeychainWrapper.string(forKey:)",
        ),
        (call("keychain.get"), Keychain, "KeychainSwift.get"),
        // Key material exported from the keychain
        (
            OutArgument {
                call: "SecItemExport",
                position: 4,
            },
            KeyFile,
            "SecItemExport",
        ),
        // Photos, and text recognised in them
        (call("PHAsset.fetchAssets"), Photos, "PHAsset.fetchAssets"),
        (
            ClosureParameter {
                call: ".requestImage",
                position: 0,
            },
            Photos,
            "PHImageManager.requestImage",
        ),
        (
            ClosureParameter {
                call: ".requestImageDataAndOrientation",
                position: 0,
            },
            Photos,
            "PHImageManager.requestImageDataAndOrientation",
        ),
        (
            ClosureParameter {
                call: ".requestAVAsset",
                position: 0,
            },
            Photos,
            "PHImageManager.requestAVAsset",
        ),
        (
            ClosureParameter {
                call: "VNRecognizeTextRequest",
                position: 0,
            },
            Photos,
            "VNRecognizeTextRequest results",
        ),
        (ParameterType("PHAsset"), Photos, "a PHAsset"),
        (ParameterType("PHPickerResult"), Photos, "a PHPickerResult"),
        // HealthKit
        (
            ClosureParameter {
                call: "HKSampleQuery",
                position: 1,
            },
            Health,
            "HKSampleQuery results",
        ),
        (
            ClosureParameter {
                call: "HKStatisticsQuery",
                position: 1,
            },
            Health,
            "HKStatisticsQuery results",
        ),
        (
            ClosureParameter {
                call: "HKAnchoredObjectQuery",
                position: 1,
            },
            Health,
            "HKAnchoredObjectQuery results",
        ),
        (
            ParameterType("HKQuantitySample"),
            Health,
            "an HKQuantitySample",
        ),
        (ParameterType("HKSample"), Health, "an HKSample"),
        (ParameterType("HKWorkout"), Health, "an HKWorkout"),
        // EventKit
        (
            call("eventStore.events"),
            Calendar,
            "EKEventStore.events(matching:)",
        ),
        (
            call("EKEventStore().events"),
            Calendar,
            "EKEventStore.events(matching:)",
        ),
        (ParameterType("EKEvent"), Calendar, "an EKEvent"),
        // Core Motion
        (
            ClosureParameter {
                call: ".startAccelerometerUpdates",
                position: 0,
            },
            Fitness,
            "CMMotionManager.startAccelerometerUpdates",
        ),
        (
            ClosureParameter {
                call: ".startDeviceMotionUpdates",
                position: 0,
            },
            Fitness,
            "CMMotionManager.startDeviceMotionUpdates",
        ),
        (
            ClosureParameter {
                call: ".startGyroUpdates",
                position: 0,
            },
            Fitness,
            "CMMotionManager.startGyroUpdates",
        ),
        (
            ClosureParameter {
                call: ".queryPedometerData",
                position: 0,
            },
            Fitness,
            "CMPedometer.queryPedometerData",
        ),
        (
            ClosureParameter {
                call: "pedometer.startUpdates",
                position: 0,
            },
            Fitness,
            "CMPedometer.startUpdates",
        ),
        (
            member("motionManager.accelerometerData"),
            Fitness,
            "CMMotionManager.accelerometerData",
        ),
        (
            member("motionManager.deviceMotion"),
            Fitness,
            "CMMotionManager.deviceMotion",
        ),
        (
            ParameterType("CMPedometerData"),
            Fitness,
            "a CMPedometerData",
        ),
        (
            ParameterType("CMAccelerometerData"),
            Fitness,
            "a CMAccelerometerData",
        ),
        (ParameterType("CMDeviceMotion"), Fitness, "a CMDeviceMotion"),
        // Microphone and camera
        (
            ClosureParameter {
                call: ".installTap",
                position: 0,
            },
            Microphone,
            "AVAudioNode.installTap",
        ),
        (
            ParameterType("AVAudioPCMBuffer"),
            Microphone,
            "an AVAudioPCMBuffer",
        ),
        (ParameterType("CMSampleBuffer"), Camera, "a CMSampleBuffer"),
        (ParameterType("AVCapturePhoto"), Camera, "an AVCapturePhoto"),
        // Installed apps (probing URL schemes) and the environment
        (
            call(".canOpenURL"),
            InstalledApps,
            "UIApplication.canOpenURL",
        ),
        (
            member("ProcessInfo.processInfo.environment"),
            Environment,
            "ProcessInfo.processInfo.environment",
        ),
    ];
    table
        .into_iter()
        .map(|(matcher, data, api)| Source {
            matcher,
            data,
            api: api.to_owned(),
        })
        .collect()
}

/// (method, receivers, first label, API name, destination).
type SinkRow = (
    &'static str,
    &'static [&'static str],
    Option<&'static str>,
    &'static str,
    SinkDestination,
);

fn builtin_sinks() -> Vec<Sink> {
    use SinkDestination::*;
    let table: Vec<SinkRow> = vec![
        (
            "dataTask",
            &["~session"],
            None,
            "URLSession.dataTask",
            Argument(None),
        ),
        (
            "uploadTask",
            &["~session"],
            None,
            "URLSession.uploadTask",
            Argument(None),
        ),
        (
            "downloadTask",
            &["~session"],
            None,
            "URLSession.downloadTask",
            Argument(None),
        ),
        (
            "data",
            &["~session"],
            None,
            "URLSession.data",
            Argument(None),
        ),
        (
            "upload",
            &["~session"],
            Some("for"),
            "URLSession.upload",
            Argument(None),
        ),
        (
            "bytes",
            &["~session"],
            None,
            "URLSession.bytes",
            Argument(None),
        ),
        (
            "request",
            &["=AF", "=Alamofire", "~session"],
            None,
            "Alamofire request",
            Argument(None),
        ),
        (
            "upload",
            &["=AF", "=Alamofire", "~session"],
            None,
            "Alamofire upload",
            Argument(Some("to")),
        ),
        (
            "send",
            &["~connection"],
            Some("content"),
            "NWConnection.send",
            Receiver,
        ),
        (
            "send",
            &["~socket", "~task"],
            None,
            "URLSessionWebSocketTask.send",
            Receiver,
        ),
        (
            "logEvent",
            &["=Analytics"],
            None,
            "Firebase Analytics.logEvent",
            Service(FIREBASE_HOSTS),
        ),
        (
            "setUserProperty",
            &["=Analytics"],
            None,
            "Firebase Analytics.setUserProperty",
            Service(FIREBASE_HOSTS),
        ),
        (
            "setUserID",
            &["=Analytics"],
            None,
            "Firebase Analytics.setUserID",
            Service(FIREBASE_HOSTS),
        ),
        (
            "setDefaultEventParameters",
            &["=Analytics"],
            None,
            "Firebase Analytics.setDefaultEventParameters",
            Service(FIREBASE_HOSTS),
        ),
        (
            "track",
            &["~mixpanel"],
            None,
            "Mixpanel track",
            Service(MIXPANEL_HOSTS),
        ),
        (
            "identify",
            &["~mixpanel"],
            None,
            "Mixpanel identify",
            Service(MIXPANEL_HOSTS),
        ),
        (
            "registerSuperProperties",
            &["~mixpanel"],
            None,
            "Mixpanel registerSuperProperties",
            Service(MIXPANEL_HOSTS),
        ),
        (
            "set",
            &["=people"],
            None,
            "Mixpanel people.set",
            Service(MIXPANEL_HOSTS),
        ),
        (
            "logEvent",
            &["~amplitude"],
            None,
            "Amplitude logEvent",
            Service(AMPLITUDE_HOSTS),
        ),
        (
            "track",
            &["~amplitude"],
            None,
            "Amplitude track",
            Service(AMPLITUDE_HOSTS),
        ),
        (
            "setUserId",
            &["~amplitude"],
            None,
            "Amplitude setUserId",
            Service(AMPLITUDE_HOSTS),
        ),
        (
            "track",
            &["~analytics", "~segment"],
            None,
            "Segment track",
            Service(SEGMENT_HOSTS),
        ),
        (
            "identify",
            &["~analytics", "~segment"],
            None,
            "Segment identify",
            Service(SEGMENT_HOSTS),
        ),
        (
            "setUser",
            &["=SentrySDK"],
            None,
            "SentrySDK.setUser",
            Service(SENTRY_HOSTS),
        ),
        (
            "User",
            &[],
            Some("userId"),
            "Sentry User(userId:)",
            Service(SENTRY_HOSTS),
        ),
        (
            "setUserID",
            &["~crashlytics"],
            None,
            "Crashlytics.setUserID",
            Service(CRASHLYTICS_HOSTS),
        ),
        (
            "setCustomValue",
            &["~crashlytics"],
            None,
            "Crashlytics.setCustomValue",
            Service(CRASHLYTICS_HOSTS),
        ),
    ];
    table
        .into_iter()
        .map(|(method, receivers, first_label, api, destination)| Sink {
            method: method.to_owned(),
            receivers: receivers.iter().map(|r| (*r).to_owned()).collect(),
            first_label,
            api: api.to_owned(),
            destination,
        })
        .collect()
}

/// Names of properties and functions that say the user agreed to collection.
const DEFAULT_CONSENT_CHECKS: &[&str] = &[
    "hasUserConsent",
    "userHasConsented",
    "hasConsent",
    "consentGiven",
    "analyticsEnabled",
    "isAnalyticsEnabled",
    "analyticsConsent",
    "trackingConsent",
    "isTrackingAllowed",
];

/// Everything the flow engine matches, built-ins first, then the config's.
#[derive(Debug)]
pub struct Catalogue {
    pub sources: Vec<Source>,
    pub sinks: Vec<Sink>,
    pub consent_checks: Vec<String>,
    /// Positions in `sources` of the sources matched by a path pattern, by the
    /// pattern's [`last_segment`]: a path can only end with a pattern whose last
    /// segment is its own, so each lookup tries a handful of patterns, in order.
    path_sources: FastMap<String, Vec<usize>>,
    /// Positions in `sinks` by method name, in order.
    sinks_by_method: FastMap<String, Vec<usize>>,
}

impl Catalogue {
    pub fn new(config: &Config) -> Catalogue {
        let mut sources = builtin_sources();
        let mut sinks = builtin_sinks();
        let upload = &config.data_upload;
        for extra in upload
            .sources
            .iter()
            .filter(|s| s.language == ConfigLanguage::Swift)
        {
            let data = DataType::from_config(&extra.data_type);
            for matcher in [
                SourceMatch::Member(extra.call.clone()),
                SourceMatch::Call(extra.call.clone()),
            ] {
                sources.push(Source {
                    matcher,
                    data: data.clone(),
                    api: extra.call.clone(),
                });
            }
        }
        for extra in upload
            .sinks
            .iter()
            .filter(|s| s.language == ConfigLanguage::Swift)
        {
            let (receiver, method) = match extra.call.rsplit_once('.') {
                Some((receiver, method)) => (Some(receiver), method),
                None => (None, extra.call.as_str()),
            };
            sinks.push(Sink {
                method: method.to_owned(),
                receivers: receiver
                    .map(|r| vec![format!("={}", r.rsplit('.').next().unwrap_or(r))])
                    .unwrap_or_default(),
                first_label: None,
                api: extra.call.clone(),
                destination: SinkDestination::Unknown,
            });
        }
        let consent_checks = DEFAULT_CONSENT_CHECKS
            .iter()
            .map(|c| (*c).to_owned())
            .chain(upload.consent_checks.iter().cloned())
            .collect();
        let mut path_sources: FastMap<String, Vec<usize>> = FastMap::default();
        for (position, source) in sources.iter().enumerate() {
            let pattern = match &source.matcher {
                SourceMatch::Member(pattern) | SourceMatch::Call(pattern) => pattern.as_str(),
                SourceMatch::OutArgument { call, .. }
                | SourceMatch::ClosureParameter { call, .. } => call,
                SourceMatch::ParameterType(_) => continue,
            };
            path_sources
                .entry(last_segment(pattern).to_owned())
                .or_default()
                .push(position);
        }
        let mut sinks_by_method: FastMap<String, Vec<usize>> = FastMap::default();
        for (position, sink) in sinks.iter().enumerate() {
            sinks_by_method
                .entry(sink.method.clone())
                .or_default()
                .push(position);
        }
        Catalogue {
            sources,
            sinks,
            consent_checks,
            path_sources,
            sinks_by_method,
        }
    }

    /// Whether `config` leaves the built-in catalogue as it is: no Swift sources or
    /// sinks and no consent checks of its own.
    pub fn is_built_in(config: &Config) -> bool {
        let upload = &config.data_upload;
        upload.consent_checks.is_empty()
            && upload
                .sources
                .iter()
                .all(|s| s.language != ConfigLanguage::Swift)
            && upload
                .sinks
                .iter()
                .all(|s| s.language != ConfigLanguage::Swift)
    }

    /// The sources whose path pattern `path` may end with, in catalogue order.
    fn path_candidates<'s>(&'s self, path: &str) -> impl Iterator<Item = &'s Source> + 's {
        self.path_sources
            .get(last_segment(path))
            .into_iter()
            .flatten()
            .map(|position| &self.sources[*position])
    }

    /// The source a member chain (normalised, aliases resolved) reads, if any.
    pub fn member_source(&self, path: &str) -> Option<&Source> {
        self.path_candidates(path).find(|s| match &s.matcher {
            SourceMatch::Member(pattern) => path_ends_with(path, pattern),
            _ => false,
        })
    }

    /// The source a call (callee normalised, aliases resolved) reads, if any.
    pub fn call_source(&self, callee: &str) -> Option<&Source> {
        self.path_candidates(callee).find(|s| match &s.matcher {
            SourceMatch::Call(pattern) => path_ends_with(callee, pattern),
            _ => false,
        })
    }

    pub fn out_argument_source(&self, callee: &str) -> Option<(usize, &Source)> {
        self.path_candidates(callee).find_map(|s| match &s.matcher {
            SourceMatch::OutArgument { call, position } if path_ends_with(callee, call) => {
                Some((*position, s))
            }
            _ => None,
        })
    }

    pub fn closure_parameter_source(&self, callee: &str) -> Option<(usize, &Source)> {
        self.path_candidates(callee).find_map(|s| match &s.matcher {
            SourceMatch::ClosureParameter { call, position } if path_ends_with(callee, call) => {
                Some((*position, s))
            }
            _ => None,
        })
    }

    /// The source a parameter of type `type_text` is (`[CLLocation]`, `CNContact?`).
    pub fn parameter_type_source(&self, type_text: &str) -> Option<&Source> {
        let base = type_text.trim_matches(|c: char| "[]?! ".contains(c));
        self.sources.iter().find(|s| match &s.matcher {
            SourceMatch::ParameterType(name) => base == *name,
            _ => false,
        })
    }

    /// The sink a call is, from its method name, receiver text and first label.
    pub fn sink(
        &self,
        method: &str,
        receiver: Option<&str>,
        first_label: Option<&str>,
    ) -> Option<&Sink> {
        let candidates = self.sinks_by_method.get(method).into_iter().flatten();
        candidates
            .map(|position| &self.sinks[*position])
            .find(|sink| {
                sink.method == method
                    && sink
                        .first_label
                        .is_none_or(|label| first_label == Some(label))
                    && (sink.receivers.is_empty()
                        || receiver.is_some_and(|receiver| {
                            sink.receivers
                                .iter()
                                .any(|hint| receiver_matches(receiver, hint))
                        }))
            })
    }

    /// Whether the receiver passed to [`Catalogue::sink`] can change its answer
    /// for `method`: some sink of that name names its receivers.
    pub fn sink_receivers_matter(&self, method: &str) -> bool {
        self.sinks_by_method
            .get(method)
            .into_iter()
            .flatten()
            .any(|position| !self.sinks[*position].receivers.is_empty())
    }

    /// Whether a condition's text checks consent (and does not negate the check).
    pub fn is_consent_condition(&self, condition: &str) -> bool {
        let compact: String = condition.chars().filter(|c| !c.is_whitespace()).collect();
        // `status == .denied || status == .authorized` lets a refusal through.
        let att_authorized = compact.contains("==.authorized")
            && !compact.contains("!=.authorized")
            && !compact.contains("||")
            && (compact.contains("trackingAuthorizationStatus") || compact.contains("status=="));
        att_authorized
            || self.consent_checks.iter().any(|check| {
                identifier_positions(&compact, check).any(|at| {
                    let chain_start = compact[..at]
                        .trim_end_matches(|c: char| c.is_alphanumeric() || "_.?".contains(c))
                        .len();
                    let rest = &compact[at + check.len()..];
                    let rest = rest.trim_start_matches("()");
                    !compact[..chain_start].ends_with('!')
                        && !rest.starts_with("==false")
                        && !rest.starts_with("!=true")
                })
            })
    }
}

/// Byte offsets where `name` occurs in `text` as a whole identifier.
fn identifier_positions<'a>(text: &'a str, name: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(name).filter_map(move |(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        let is_ident = |c: char| c.is_alphanumeric() || c == '_';
        (!before.is_some_and(is_ident) && !after.is_some_and(is_ident)).then_some(at)
    })
}

/// What follows the last `.` or `)` of a path or pattern: `string` for
/// `UIPasteboard.general.string`, the whole of `getenv`. When [`path_ends_with`]
/// holds, path and pattern have the same last segment.
fn last_segment(path: &str) -> &str {
    path.rfind(['.', ')']).map_or(path, |at| &path[at + 1..])
}

/// Whether the normalised path `path` ends with `pattern` on a member boundary.
/// A pattern starting with `.` matches that member on any receiver.
pub fn path_ends_with(path: &str, pattern: &str) -> bool {
    if let Some(member) = pattern.strip_prefix('.') {
        return path == member || path.ends_with(pattern);
    }
    path == pattern
        || path
            .strip_suffix(pattern)
            .is_some_and(|before| before.ends_with('.') || before.ends_with(')'))
}

/// `=Name`: a receiver segment is exactly `Name`; `~part`: a segment contains `part`
/// (both ignoring case).
fn receiver_matches(receiver: &str, hint: &str) -> bool {
    let segments = receiver
        .split(['.', '(', ')', '?', '!'])
        .filter(|s| !s.is_empty());
    if let Some(exact) = hint.strip_prefix('=') {
        segments.into_iter().any(|s| s.eq_ignore_ascii_case(exact))
    } else {
        let part = hint.trim_start_matches('~').to_ascii_lowercase();
        segments
            .into_iter()
            .any(|s| s.to_ascii_lowercase().contains(&part))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_patterns_match_on_boundaries() {
        assert!(path_ends_with(
            "UIPasteboard.general.string",
            "UIPasteboard.general.string"
        ));
        assert!(path_ends_with(
            "self.locationManager.location",
            "locationManager.location"
        ));
        assert!(!path_ends_with(
            "mylocationManager.location",
            "locationManager.location"
        ));
        assert!(path_ends_with(
            "ASIdentifierManager.shared().advertisingIdentifier",
            ".advertisingIdentifier"
        ));
    }

    #[test]
    fn matching_paths_share_the_last_segment_of_their_pattern() {
        for (path, pattern) in [
            ("UIPasteboard.general.string", "UIPasteboard.general.string"),
            ("self.locationManager.location", "locationManager.location"),
            (
                "ASIdentifierManager.shared().advertisingIdentifier",
                ".advertisingIdentifier",
            ),
            ("advertisingIdentifier", ".advertisingIdentifier"),
            ("CNContactStore().unifiedContacts", ".unifiedContacts"),
            ("store()getenv", "getenv"),
        ] {
            assert!(path_ends_with(path, pattern), "{path} ends with {pattern}");
            assert_eq!(
                last_segment(path),
                last_segment(pattern),
                "{path}, {pattern}"
            );
        }
    }

    #[test]
    fn sinks_need_their_receiver() {
        let catalogue = Catalogue::new(&Config::default());
        assert!(
            catalogue
                .sink("dataTask", Some("URLSession.shared"), Some("with"))
                .is_some()
        );
        assert!(catalogue.sink("request", Some("AF"), None).is_some());
        assert!(catalogue.sink("request", Some("store"), None).is_none());
        assert!(
            catalogue
                .sink("track", Some("Mixpanel.mainInstance()"), None)
                .is_some()
        );
        assert!(
            catalogue
                .sink("set", Some("Mixpanel.mainInstance().people"), None)
                .is_some()
        );
        assert!(catalogue.sink("set", Some("defaults"), None).is_none());
    }

    #[test]
    fn consent_conditions() {
        let catalogue = Catalogue::new(&Config::default());
        assert!(catalogue.is_consent_condition("settings.analyticsEnabled"));
        assert!(
            catalogue.is_consent_condition(
                "ATTrackingManager.trackingAuthorizationStatus == .authorized"
            )
        );
        assert!(!catalogue.is_consent_condition("!settings.analyticsEnabled"));
        assert!(
            !catalogue.is_consent_condition(
                "ATTrackingManager.trackingAuthorizationStatus != .authorized"
            )
        );
        assert!(!catalogue.is_consent_condition("analyticsEnabledAt > 0"));
        assert!(!catalogue.is_consent_condition("status == .denied || status == .authorized"));
    }
}
