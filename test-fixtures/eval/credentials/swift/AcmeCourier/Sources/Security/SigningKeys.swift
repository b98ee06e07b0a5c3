import Foundation
import Security

enum SigningKeys {
    static let key0 = """
    -----BEGIN RSA PRIVATE KEY-----
    MIIEowIBAAKCAQEAYwXI0v7qNpOd0HzYL2R4o/ZvnLADBMXj+s67tTGbHFNVzs4a
    QeKGO474UMlUMgbN5gkg9iM/pk7xTi7sbClx08fE30/IWhHC38A/wxciZHw+S6ep
    8ujC0ECkGJprZ205oQJHUSEVKq37JBcgrkLf4FnfEM0M//CZhnVeR5X2fdBdjBup
    tP9XQZKYZm+F3jMS4mpiJlI6kEibrsuCbdN4OE41HonESAJbjc/GeF7iVcEabmk1
    IwV+n5qwgqM+geJT72s5U/io1FEyT3ErAKwHhHodij/f6qV+zcfp9rxdOVF+lckk
    xL8ixQHdqbCkmnL88q6iDdOiEiV04YW/DW8MlpzY5PoIgTog0qhuz+65RBHbQUaI
    yGVdTGzn5EIWAAa/o0mCJ6HB==
    -----END RSA PRIVATE KEY-----
    """
    static let key1 = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIsUf/5EARNnpGWT8WucWGYQPatEyGaTnxcOxx8eOCdey6wHvfttBhGCf\nRMPqlbnJibfP/kwKLJCX2l0zMUSe+NhiCSNKH8aTaMDhghhd0dHe0SbubBWpsOFE\n24AUNDJ9gJDsseHEF8V9Q7LJavjNg+TOGbDNgkoTg5lAT8vmxvVomsZCvmLMgsze\nYSlf1rZy4E0D/N4AMmcTEdOg0Oj5jLzhzbSCeqgQNyJ7FnADhR185KRG10easS20\ngitsou8tzT+CoU8qkTqNfY973EovbWNEWGm6G4kt/OZK9wdSDQ/wWgozycCEVVkp\nadHPt9xYNe9GwnTVK+sE9Ea2EhyKWnUXNqGyLaqoErLq66rMQDm9EHL1uHgG7LIA\nct7ApOL1QLyg5FwReCcHH6pW==\n-----END EC PRIVATE KEY-----"
    static let key2 = """
    -----BEGIN PRIVATE KEY-----
    MIIEvQIBADANBgkqhkiG9w0BAQEFAASCgcDIGs3Tb0OzD63L0dRYYR26+Tim5dr7
    pNHrdjB/5CjhzNjxDrMQGGMDp9OhbMVWZcUvPqDfVFWi+RtmzI9QnkzAi4Maqni+
    eNn6GeobH2L9sFzp+JT3lkfC4BdQ3ZuDQEYpWDTLipj2i+rbhCkzkIhyyABmCS69
    hCNe1NnK2SPgWt73lP39NHeKyvvQ6V4VPSXvVQIghEYq+rWEmZNTPYU2pIVFneoF
    UMu6IJQcq0sbet7cQHHW8Uf8WyjUL2XKojh01MZ3QwPozrpoCefheAOEYeBiXotK
    cG7vIMmzxyl62bU37mDEuEK4mCsOLF+xas4UqzQkIIbc+oi73wUnQhW/iqwEfl2G
    nal4bV6tsWEhaCfutwQjwiLx==
    -----END PRIVATE KEY-----
    """
    static let key3 = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAAWLeR3UrXiPGEHd9BUKtgtJb/ufLsefRJUlc4eh5D\n4SewA5TCwajDGwZ4eEVy9Qnul8yDXnc8IEVb+54agsTJA9vFGnOvJInVWua3eoZK\n242W0inYe6bq4uToHgVifSoASXwzP6YEb8OHhLjGtQXSf9jUIgsSJKYBZGYZFdZz\nZ5kQmgsD51z2XnGDA5Aw0WOdNbbmE7MFDDnktreZSJ/90q8v0htRSgD/I/iYzrrW\n7jwMPm1twBsqZ+TlLYbGzs1JBUZmRIvHYNRrTWmoSjzMqwZyBLtOe748Q/4VwK2k\nv2zg5Gf3GVsnZT7ezD8ykxr+4k3tMVhTDyb8I7f7bDVRFYuOPDRFXcYiBI6myZGO\nTiU0Nlqieb/0Bw/EQ22C3FOl==\n-----END OPENSSH PRIVATE KEY-----"
    static let key4 = """
    -----BEGIN ENCRYPTED PRIVATE KEY-----
    MIIFHDBOBgkqhkiG9w0BBQ0wQTApaVXu4prGjVMn5YbslfLDWX2jKmY87A0SYS+i
    Exwlf5qZK02UtZA+MYklt0QtHedJZ2gliqu1CSui2/y1xXVw3y1LsRor6QgClbhS
    jKngeakfF+s++gvugJus8TM4syChYKGRbDihvmVBh0Y9/BoRXhlCwtZXq2ui7AgW
    5QZstSxXoi2IkoGl2XIn3COtzjy2jQq0G2Qob6GLf1S5GheGAeA/cdnPDcUiSAhu
    JiP27xfOZkSKz5tbMQZTEuezwuGQFQyGE7ygzNtV3R8eW3KlhxNUxpgcdeVJxW7o
    ERmn3ksD8aodzabm3i3EWyrTPJbXvfirVMr2PuBwEfFlNBkmpUE2EFp44XFGt4FQ
    LYTAb/T9DjpBv99FcHIDZaQM==
    -----END ENCRYPTED PRIVATE KEY-----
    """
    static let key5 = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEASOq4v9Iwm69GT1S4D3+/DZLw0yyQ8ZD1C/J5TaMwpSENzkju\nygWAZ0f50budUznDd+WDDnkg3hk/luLniHTwvQ7GWZ06ACQYaRV5HG1daMqPvtWu\n6hpM1wTvIm0kKZDz3D9ENAKFGpndk8i07KqUQt0UHNxL++2DsJ+X/AbAPBwf6rV0\nHZtQlcbDRiJRJRECuEsMOWEz1JC0jBMhZDShxzQ+gGwiCAqmkJ3DkYls3HixYY6a\nmET8w2B7hJk5iy3dH5NkwTEToqDmEAjtZVWiP1YaO3dxaIx5gLr3vafEYcyT8Zq/\netRngNflmagsJ5kcIG75RZxLu1EfwE6NCPK7gJDH+/6PPBEqUQ9I9rA2zRKyLWIz\nZMlrNsk9C384usYNHEv8CX4I==\n-----END RSA PRIVATE KEY-----"
    static let key6 = """
    -----BEGIN EC PRIVATE KEY-----
    MHcCAQEEIpIQLldkR1Km6e/ya71D2vzT7D1Ti7iZ5eRoeZxb5EoyW00oR//6AKwO
    wGnfnNi92/p6M6NWnxVHBh/3wQn5O3joP/MW7DlAqZb/P/KIJsoEkdqnJ2BwbVMF
    li8fhpauG3rRwFi8UTWN4oY2GGfZOVIuIuqnu2Y/KeDieoCS1yGz6GHzCBJodQxZ
    RQ9HaOC/Xa91rJU7dnU9jpIAnNpi1qglHfrqpZgD/qloqwe7mNoTwNOKREQWrynA
    j6sLeOK3UbqL5MLseKmh1X8s3rWl9xY8SQqoyC+EB1W31/I2Eyp/a5WShRyI8xEk
    nylRqfGiff7IohBguhbk3+UBDR5JeV+NxsZOyTFUlEHbWPIIEjYISgPAViHbhQ9A
    SgNJsEtqGRB4ij4WSdFPYZ+i==
    -----END EC PRIVATE KEY-----
    """
    static let key7 = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCdxeycOK11XymfQcIh3gZ/YCAxLS8WNmV\nhCU6GdtiGeh+fPpr2M5/FRNfpjXOiApRwaDD9wVtw5xO/GmZryHpZkb4qvcG67QM\noPdtYq1IgiHVmNkGyieiLxFGbZzXCYZtNsfSiKXXjj96/cSIt8swjaRzg8ZETRkJ\nGT2/Z3Azj4xEp53yxLt958y5QSBjlOyfQRvfGr8WtjFawbx4EnJ5ikOpGpfNhasK\na85JnAAImsDXpPceiaaiEkEHC5GGn7ABIQDvSIUiUL06XgRoJwyK4lofrhWkAuPF\n1vND+lkHZY0nkWkyUsR7sfK/3U6YGm0UqE4WogG/VKZ8R7GNZUCZSCucPnFpalN2\nIE3ENKnBEFfTvBGDKD0itry0==\n-----END PRIVATE KEY-----"

    static let serverPublicKey = """
    -----BEGIN PUBLIC KEY-----
    MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEXAAtZg17TVY7KEgzgnEdzc7yQLhR
    xoemSszzrTKYDuiRuwYkBXxAt7E2A4x1dv8vL9yd4NoIleyU8RyNhvecbwClH359
    BeieuI/E3fa20bGTgw/vzW+t9et7+eVFfOjqKeeYYcWx302Y8XpKt0f4LszNA5Tu
    lcIfJPoAadBBuUsIW2gSA8WHWtiHaPsOJUlnKzL0QUn+IeBVwHINW/f26JES6Bv3
    UwYtxQAm1Urtw6R+8RfLg42CujRgmfhwOeCHJBdEoNqhhklgxzsHdq2XECJgPQyh
    O8HuNbfZ3Hhb7PGgXHUjNfij==
    -----END PUBLIC KEY-----
    """
    static let pin0 = "sha256/eOx3XHFX+Pj9aiX3cTtXtm8In5E0jGRo5rXiCsrBqW5="
    static let pin1 = "sha256/mRaYXi5LFjHVoDU34NaKy6rigBqOhkmzCNLhSoe7xTd="
    static let pin2 = "sha256/IkRecxwd98OcjtG8IixUefWBamLHe6dpaih0dk7fUVA="
    static let pin3 = "sha256/GV/fevypXzqfQHvEvme5CMiQz/W37huCwaNdDfWYxFM="
    static let publicKeyBase64 = "BPcxpoMEuwbYOUowxD1a4dapZq5J5hp9IzirpYvZrY6iiY4dIeJuHNfTU+8AWd+RSpZGnEQKBKwrzP6nk06fo95="
}
