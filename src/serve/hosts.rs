//! Which hosts the development server answers to: loopback names
//! (`localhost`, `*.localhost`), loopback addresses (`127.0.0.1`, `[::1]`)
//! and the address it listens on, with any port.
//!
//! A page on another site can point its own name at 127.0.0.1 (DNS
//! rebinding) and then read this server as if it were its own origin,
//! error overlay and source lines included. Its requests still carry its
//! own name in `Host`, so [`super::server`] refuses them. An address
//! written as digits cannot be rebound, and the port does not matter to
//! the attack (a tunnel or proxy may change it), so neither is refused.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// The hosts requests may name.
#[derive(Debug, Clone, Copy)]
pub struct Hosts {
    bound: IpAddr,
}

/// The host part of a `Host` header.
#[derive(Debug, PartialEq, Eq)]
enum Host {
    Name(String),
    Address(IpAddr),
}

impl Hosts {
    /// The hosts a server listening on `bound` answers to. Listening on
    /// every address (`0.0.0.0`, `::`), it answers to any address written
    /// as digits, but still to no name other than `localhost`.
    pub fn new(bound: SocketAddr) -> Hosts {
        Hosts { bound: bound.ip() }
    }

    /// Whether a request naming `authority` (`name`, `name:port`,
    /// `1.2.3.4:port`, `[::1]:port`) may be answered.
    pub fn allows(&self, authority: &str) -> bool {
        match host(authority) {
            Some(Host::Name(name)) => name == "localhost" || name.ends_with(".localhost"),
            Some(Host::Address(ip)) => {
                let ip = ip.to_canonical();
                ip.is_loopback() || ip == self.bound.to_canonical() || self.bound.is_unspecified()
            }
            None => false,
        }
    }

    /// The names allowed, for a refusal: `localhost, 127.0.0.1 or [::1]`, and
    /// the bound address when it is none of those.
    pub fn describe(&self) -> String {
        let mut names = "localhost, 127.0.0.1 or [::1]".to_owned();
        if self.bound.is_unspecified() {
            names.push_str(", or any of this computer's addresses");
        } else if !self.bound.is_loopback() {
            let bound = match self.bound {
                IpAddr::V4(ip) => ip.to_string(),
                IpAddr::V6(ip) => format!("[{ip}]"),
            };
            names = format!("localhost, 127.0.0.1, [::1] or {bound}");
        }
        names
    }
}

/// The host in `authority`, if it is a well-formed name or address with
/// an optional numeric port.
fn host(authority: &str) -> Option<Host> {
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        let (inside, after) = rest.split_once(']')?;
        let port = match after {
            "" => None,
            after => Some(after.strip_prefix(':')?),
        };
        let ip: Ipv6Addr = inside.parse().ok()?;
        return port_ok(port).then_some(Host::Address(IpAddr::V6(ip)));
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if !port_ok(port) {
        return None;
    }
    let name = host.strip_suffix('.').unwrap_or(host).to_ascii_lowercase();
    if let Ok(ip) = name.parse::<Ipv4Addr>() {
        return Some(Host::Address(IpAddr::V4(ip)));
    }
    let label_ok =
        |label: &str| !label.is_empty() && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    name.split('.').all(label_ok).then_some(Host::Name(name))
}

/// No port, or one written in digits that fits in 16 bits.
fn port_ok(port: Option<&str>) -> bool {
    port.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u16>().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts(bound: &str) -> Hosts {
        Hosts::new(bound.parse().unwrap())
    }

    #[test]
    fn loopback_names_and_addresses_are_allowed_on_any_port() {
        let local = hosts("127.0.0.1:1111");
        for authority in [
            "localhost",
            "localhost:1111",
            "LocalHost:8080",
            "localhost.",
            "localhost.:1111",
            "preview.localhost:1111",
            "127.0.0.1",
            "127.0.0.1:1111",
            "127.1.2.3:80",
            "[::1]",
            "[::1]:1111",
            "[0:0:0:0:0:0:0:1]:1111",
            "[::ffff:127.0.0.1]:1111",
        ] {
            assert!(local.allows(authority), "{authority}");
        }
    }

    #[test]
    fn other_names_and_malformed_hosts_are_refused() {
        let local = hosts("127.0.0.1:1111");
        for authority in [
            "",
            ":1111",
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "127.0.0.1.evil.example",
            "127.0.0.1.nip.io:1111",
            "evil-localhost",
            "localhost:1111@evil.example",
            "user@localhost",
            "localhost:",
            "localhost:+1111",
            "localhost:99999",
            "localhost:1111:1111",
            "localhost..",
            "[::1",
            "[::1]x",
            "[::1]:",
            "[evil.example]",
            "::1",
            "192.0.2.7:1111",
            "[2001:db8::1]:1111",
            "0.0.0.0:1111",
            "2130706433",
            "local host",
        ] {
            assert!(!local.allows(authority), "{authority:?}");
        }
    }

    #[test]
    fn the_bound_address_is_allowed_and_every_address_when_bound_to_all() {
        let lan = hosts("192.168.1.20:1111");
        assert!(lan.allows("192.168.1.20:1111"));
        assert!(lan.allows("localhost:1111"));
        assert!(!lan.allows("192.168.1.21:1111"));
        assert!(lan.describe().contains("192.168.1.20"), "{}", lan.describe());
        let v6 = hosts("[fd00::20]:1111");
        assert!(v6.allows("[fd00::20]:1111") && !v6.allows("[fd00::21]:1111"));
        assert!(v6.describe().ends_with("or [fd00::20]"), "{}", v6.describe());
        let all = hosts("0.0.0.0:1111");
        assert!(all.allows("192.168.1.21:1111") && all.allows("[fd00::21]"));
        assert!(!all.allows("evil.example:1111"));
        assert!(all.describe().contains("any of this computer's addresses"));
    }
}
