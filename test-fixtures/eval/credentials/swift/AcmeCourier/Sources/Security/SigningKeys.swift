import Foundation
import Security

enum SigningKeys {
    static let key0 = """
    -----BEGIN RSA PRIVATE KEY-----
    MIIEowIBAAKCAQEAiM/pk7xTi7sbClx08fE30/IWhHC38A/wxciZHw+S6ep8ujC0
    ECkGJprZ205oQJHUSEVKq37JBcgrkLf4FnfEM0M//CZhnVeR5X2fdBdjBuptP9XQ
    ZKYZm+F3jMS4mpiJlI6kEibrsuCbdN4OE41HonESAJbjc/GeF7iVcEabmk1IwV+n
    5qwgqM+geJT72s5U/io1FEyT3ErAKwHhHodij/f6qV+zcfp9rxdOVF+lckkxL8ix
    QHdqbCkmnL88q6iDdOiEiV04YW/DW8MlpzY5PoIgTog0qhuz+65RBHbQUaIyGVdT
    Gzn5EIWAAa/o0mCJ6HBsUf/5EARNnpGWT8WucWGYQPatEyGaTnxcOxx8eOCdey6w
    wKLJCX2l0zMUSe+NhiCSNKH8==
    -----END RSA PRIVATE KEY-----
    """
    static let key1 = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIaTaMDhghhd0dHe0SbubBWpsOFE24AUNDJ9gJDsseHEF8V9Q7LJavjNg\n+TOGbDNgkoTg5lAT8vmxvVomsZCvmLMgszeYSlf1rZy4E0D/N4AMmcTEdOg0Oj5j\nLzhzbSCeqgQNyJ7FnADhR185KRG10easS20gitsou8tzT+CoU8qkTqNfY973Eovb\nWNEWGm6G4kt/OZK9wdSDQ/wWgozycCEVVkpadHPt9xYNe9GwnTVK+sE9Ea2EhyKW\nnUXNqGyLaqoErLq66rMQDm9EHL1uHgG7LIAhBuYg/mDnbyMqIspuvSsBd+Vct7Ap\nOL1QLyg5FwReCcHH6pWgcDIGs3Tb0OzD63L0dRYYR26+Tim5dr7pNHrdjB/5Cjhz\nNjxDrMQGGMDp9OhbMVWZcUvP==\n-----END EC PRIVATE KEY-----"
    static let key2 = """
    -----BEGIN PRIVATE KEY-----
    MIIEvQIBADANBgkqhkiG9w0BAQEFAASCqDfVFWi+RtmzI9QnkzAi4Maqni+eNn6G
    eobH2L9sFzp+JT3lkfC4BdQ3ZuDQEYpWDTLipj2i+rbhCkzkIhyyABmCS69hCNe1
    NnK2SPgWt73lP39NHeKyvvQ6V4VPSXvVQIghEYq+rWEmZNTPYU2pIVFneoFUMu6I
    JQcq0sbet7cQHHW8Uf8WyjUL2XKojh01MZ3QwPozrpoCefheAOEYeBiXotKcG7vI
    Mmzxyl62bU37mDEuEK4mCsOLF+xas4UqzQkIIbc+oi73wUnQhW/iqwEfl2GwrxEp
    PPTeLKBCkX/fMOsfQMPnal4bV6tsWEhaCfutwQjwiLxWLeR3UrXiPGEHd9BUKtgt
    Jb/ufLsefRJUlc4eh5D4SewA==
    -----END PRIVATE KEY-----
    """
    static let key3 = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA5TCwajDGwZ4eEVy9Qnul8yDXnc8IEVb+54agsTJA\n9vFGnOvJInVWua3eoZK242W0inYe6bq4uToHgVifSoASXwzP6YEb8OHhLjGtQXSf\n9jUIgsSJKYBZGYZFdZzZ5kQmgsD51z2XnGDA5Aw0WOdNbbmE7MFDDnktreZSJ/90\nq8v0htRSgD/I/iYzrrW7jwMPm1twBsqZ+TlLYbGzs1JBUZmRIvHYNRrTWmoSjzMq\nwZyBLtOe748Q/4VwK2kv2zg5Gf3GVsnZT7ezD8ykxr+4k3tMVhTDyb8I7f7bDVRF\nYuOPDRFXcYiBI6myZGOTiU0Nlqieb/0Bw/EQ22C3FOlaVXu4prGjVMn5YbslfLDW\nX2jKmY87A0SYS+iExwlf5qZK==\n-----END OPENSSH PRIVATE KEY-----"
    static let key4 = """
    -----BEGIN ENCRYPTED PRIVATE KEY-----
    MIIFHDBOBgkqhkiG9w0BBQ0wQTAp02UtZA+MYklt0QtHedJZ2gliqu1CSui2/y1x
    XVw3y1LsRor6QgClbhSjKngeakfF+s++gvugJus8TM4syChYKGRbDihvmVBh0Y9/
    BoRXhlCwtZXq2ui7AgW5QZstSxXoi2IkoGl2XIn3COtzjy2jQq0G2Qob6GLf1S5G
    heGAeA/cdnPDcUiSAhuJiP27xfOZkSKz5tbMQZTEuezwuGQFQyGE7ygzNtV3R8eW
    3KlhxNUxpgcdeVJxW7oERmn3ksD8aodzabm3i3EWyrTPJbXvfirVMr2PuBwEfFlN
    BkmpUE2EFp44XFGt4FQLYTAb/T9DjpBv99FcHIDZaQMSOq4v9Iwm69GT1S4D3+/D
    ZLw0yyQ8ZD1C/J5TaMwpSENz==
    -----END ENCRYPTED PRIVATE KEY-----
    """
    static let key5 = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAkjuygWAZ0f50budUznDd+WDDnkg3hk/luLniHTwvQ7GWZ06A\nCQYaRV5HG1daMqPvtWu6hpM1wTvIm0kKZDz3D9ENAKFGpndk8i07KqUQt0UHNxL+\n+2DsJ+X/AbAPBwf6rV0HZtQlcbDRiJRJRECuEsMOWEz1JC0jBMhZDShxzQ+gGwiC\nAqmkJ3DkYls3HixYY6amET8w2B7hJk5iy3dH5NkwTEToqDmEAjtZVWiP1YaO3dxa\nIx5gLr3vafEYcyT8Zq/etRngNflmagsJ5kcIG75RZxLu1EfwE6NCPK7gJDH+/6PP\nBEqUQ9I9rA2zRKyLWIzZMlrNsk9C384usYNHEv8CX4IpIQLldkR1Km6e/ya71D2v\nzT7D1Ti7iZ5eRoeZxb5EoyW0==\n-----END RSA PRIVATE KEY-----"
    static let key6 = """
    -----BEGIN EC PRIVATE KEY-----
    MHcCAQEEI0oR//6AKwOwGnfnNi92/p6M6NWnxVHBh/3wQn5O3joP/MW7DlAqZb/P
    /KIJsoEkdqnJ2BwbVMFli8fhpauG3rRwFi8UTWN4oY2GGfZOVIuIuqnu2Y/KeDie
    oCS1yGz6GHzCBJodQxZRQ9HaOC/Xa91rJU7dnU9jpIAnNpi1qglHfrqpZgD/qloq
    we7mNoTwNOKREQWrynAj6sLeOK3UbqL5MLseKmh1X8s3rWl9xY8SQqoyC+EB1W31
    /I2Eyp/a5WShRyI8xEknylRqfGiff7IohBguhbk3+UBDR5JeV+NxsZOyTFUlEHbW
    PIIEjYISgPAViHbhQ9ASgNJsEtqGRB4ij4WSdFPYZ+idxeycOK11XymfQcIh3gZ/
    YCAxLS8WNmVhCU6GdtiGeh+f==
    -----END EC PRIVATE KEY-----
    """
    static let key7 = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCPpr2M5/FRNfpjXOiApRwaDD9wVtw5xO/\nGmZryHpZkb4qvcG67QMoPdtYq1IgiHVmNkGyieiLxFGbZzXCYZtNsfSiKXXjj96/\ncSIt8swjaRzg8ZETRkJGT2/Z3Azj4xEp53yxLt958y5QSBjlOyfQRvfGr8WtjFaw\nbx4EnJ5ikOpGpfNhasKa85JnAAImsDXpPceiaaiEkEHC5GGn7ABIQDvSIUiUL06X\ngRoJwyK4lofrhWkAuPF1vND+lkHZY0nkWkyUsR7sfK/3U6YGm0UqE4WogG/VKZ8R\n7GNZUCZSCucPnFpalN2IE3ENKnBEFfTvBGDKD0itry0XAAtZg17TVY7KEgzgnEdz\nc7yQLhRxoemSszzrTKYDuiRu==\n-----END PRIVATE KEY-----"

    static let serverPublicKey = """
    -----BEGIN PUBLIC KEY-----
    MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEwYkBXxAt7E2A4x1dv8vL9yd4NoIl
    eyU8RyNhvecbwClH359BeieuI/E3fa20bGTgw/vzW+t9et7+eVFfOjqKeeYYcWx3
    02Y8XpKt0f4LszNA5TulcIfJPoAadBBuUsIW2gSA8WHWtiHaPsOJUlnKzL0QUn+I
    eBVwHINW/f26JES6Bv3UwYtxQAm1Urtw6R+8RfLg42CujRgmfhwOeCHJBdEoNqhh
    klgxzsHdq2XECJgPQyhO8HuNbfZ3Hhb7PGgXHUjNfijeOx3XHFX+Pj9aiX3cTtXt
    m8In5E0jGRo5rXiCsrBqW5mR==
    -----END PUBLIC KEY-----
    """
    static let pin0 = "sha256/aYXi5LFjHVoDU34NaKy6rigBqOhkmzCNLhSoe7xTdIk="
    static let pin1 = "sha256/Recxwd98OcjtG8IixUefWBamLHe6dpaih0dk7fUVAGV="
    static let pin2 = "sha256//fevypXzqfQHvEvme5CMiQz/W37huCwaNdDfWYxFMcx="
    static let pin3 = "sha256/poMEuwbYOUowxD1a4dapZq5J5hp9IzirpYvZrY6iiY4="
    static let publicKeyBase64 = "BPdIeJuHNfTU+8AWd+RSpZGnEQKBKwrzP6nk06fo95V4GsBxY8/eh1Cpk0V2NK1oLobsT2VwJP5Ii2z6owVP0UW="
}
