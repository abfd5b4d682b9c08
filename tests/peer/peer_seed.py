#!/usr/bin/python3
"""Seeds the harness's Keystone through its API and waits until Glance accepts a real token.

Called by openstack-peer.sh on every start. Idempotent: on a restart with an existing database
it finds the projects, users and endpoints by name, resets the passwords and moves the endpoint
URLs to this run's ports. Uses only the standard library, so it runs under Debian's
/usr/bin/python3 with nothing else installed. Passwords come from the environment (never argv,
never printed); the export lines go to the file named by --env-out.
"""

import argparse
import json
import os
import shlex
import sys
import time
import urllib.error
import urllib.request

DOMAIN = "default"


class Http:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.token = None

    def call(self, method, path, body=None, token=None, timeout=15):
        url = path if path.startswith("http") else self.base + path
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(url, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if token or self.token:
            req.add_header("X-Auth-Token", token or self.token)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                raw = resp.read()
                return resp.status, dict(resp.headers), json.loads(raw) if raw else None
        except urllib.error.HTTPError as err:
            raw = err.read()
            try:
                parsed = json.loads(raw) if raw else None
            except ValueError:
                parsed = raw.decode(errors="replace")
            return err.code, dict(err.headers), parsed

    def expect(self, want, method, path, body=None):
        status, _, parsed = self.call(method, path, body)
        if status not in want:
            raise SystemExit(f"seed: {method} {path} answered {status}: {parsed}")
        return parsed


def password_auth(user, password, project_name):
    return {"auth": {"identity": {"methods": ["password"], "password": {"user": {
        "name": user, "domain": {"id": DOMAIN}, "password": password}}},
        "scope": {"project": {"name": project_name, "domain": {"id": DOMAIN}}}}}


def issue_token(ks, user, password, project):
    status, headers, body = ks.call("POST", "/v3/auth/tokens",
                                    password_auth(user, password, project))
    if status != 201:
        raise SystemExit(f"seed: token for {user} answered {status}: {body}")
    return headers.get("X-Subject-Token"), body["token"]


SERVER_PIDS = {}
SERVER_EXITED = 3  # exit status: the harness may retry on other ports


def check_servers():
    """Stop waiting at once when a server has exited (a config error, a port taken)."""
    for name, pid in SERVER_PIDS.items():
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            print(f"seed: {name} (pid {pid}) exited during start-up", file=sys.stderr)
            raise SystemExit(SERVER_EXITED)


def wait_for(what, fn, deadline):
    last = None
    while time.monotonic() < deadline:
        check_servers()
        try:
            ok, last = fn()
            if ok:
                return
        except (OSError, urllib.error.URLError) as err:  # not listening yet, reset, timeout
            last = repr(err)
        time.sleep(0.2)
    raise SystemExit(f"seed: {what} not ready in time (last: {last})")


def find_one(ks, collection, **query):
    q = "&".join(f"{k}={v}" for k, v in query.items())
    items = ks.expect({200}, "GET", f"/v3/{collection}?{q}")[collection]
    return items[0] if items else None


def ensure_project(ks, name, description):
    found = find_one(ks, "projects", name=name, domain_id=DOMAIN)
    if found:
        return found
    return ks.expect({201}, "POST", "/v3/projects", {"project": {
        "name": name, "domain_id": DOMAIN, "description": description}})["project"]


def ensure_user(ks, name, password, project):
    found = find_one(ks, "users", name=name, domain_id=DOMAIN)
    if found:
        ks.expect({200}, "PATCH", f"/v3/users/{found['id']}", {"user": {"password": password}})
        return found
    return ks.expect({201}, "POST", "/v3/users", {"user": {
        "name": name, "domain_id": DOMAIN, "password": password,
        "default_project_id": project["id"]}})["user"]


def grant(ks, project, user, role_name):
    role = find_one(ks, "roles", name=role_name)
    if role is None:
        role = ks.expect({201}, "POST", "/v3/roles", {"role": {"name": role_name}})["role"]
    ks.expect({204}, "PUT", f"/v3/projects/{project['id']}/users/{user['id']}/roles/{role['id']}")


def ensure_endpoint(ks, service_type, service_name, url):
    service = find_one(ks, "services", type=service_type)
    if service is None:
        service = ks.expect({201}, "POST", "/v3/services", {"service": {
            "type": service_type, "name": service_name, "enabled": True}})["service"]
    endpoints = ks.expect({200}, "GET", f"/v3/endpoints?service_id={service['id']}")["endpoints"]
    publics = [e for e in endpoints if e["interface"] == "public"]
    for e in endpoints:  # identity has internal/admin from bootstrap: keep them on this run's port
        if e["url"] != url:
            ks.expect({200}, "PATCH", f"/v3/endpoints/{e['id']}", {"endpoint": {"url": url}})
    if not publics:
        ks.expect({201}, "POST", "/v3/endpoints", {"endpoint": {
            "service_id": service["id"], "interface": "public", "region_id": "RegionOne",
            "url": url, "enabled": True}})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keystone", required=True)
    ap.add_argument("--glance", required=True)
    ap.add_argument("--size-cap", required=True)
    ap.add_argument("--env-out", required=True)
    ap.add_argument("--timeout", type=float, default=90)
    ap.add_argument("--keystone-pid", type=int, required=True)
    ap.add_argument("--glance-pid", type=int, required=True)
    args = ap.parse_args()
    SERVER_PIDS.update({"keystone": args.keystone_pid, "glance-api": args.glance_pid})
    pw = {k: os.environ[k] for k in (
        "PEER_ADMIN_PASSWORD", "PEER_USER_PASSWORD", "PEER_MEMBER_PASSWORD", "PEER_GLANCE_PASSWORD")}
    deadline = time.monotonic() + args.timeout
    t0 = time.monotonic()

    ks = Http(args.keystone)
    wait_for("Keystone", lambda: (ks.call("GET", "/v3", timeout=3)[0] == 200, "GET /v3"), deadline)
    ks.token, _ = issue_token(ks, "admin", pw["PEER_ADMIN_PASSWORD"], "admin")
    t_ks = time.monotonic()

    service = ensure_project(ks, "service", "Service users")
    glance_user = ensure_user(ks, "glance", pw["PEER_GLANCE_PASSWORD"], service)
    grant(ks, service, glance_user, "admin")  # keystonemiddleware validates tokens with it
    main_project = ensure_project(ks, "imsdesk-peer", "imsdesk peer tests: owner side")
    main_user = ensure_user(ks, "imsdesk-user", pw["PEER_USER_PASSWORD"], main_project)
    grant(ks, main_project, main_user, "member")
    other_project = ensure_project(ks, "imsdesk-peer-member", "imsdesk peer tests: member side")
    other_user = ensure_user(ks, "imsdesk-member", pw["PEER_MEMBER_PASSWORD"], other_project)
    grant(ks, other_project, other_user, "member")
    ensure_endpoint(ks, "identity", "keystone", args.keystone.rstrip("/") + "/v3/")
    ensure_endpoint(ks, "image", "glance", args.glance.rstrip("/"))
    admin_project = find_one(ks, "projects", name="admin", domain_id=DOMAIN)
    t_seed = time.monotonic()

    # A real token of the main (non-admin) identity, its catalog, and Glance accepting it.
    token, body = issue_token(ks, "imsdesk-user", pw["PEER_USER_PASSWORD"], "imsdesk-peer")
    if not any(s["type"] == "image" for s in body.get("catalog", [])):
        raise SystemExit("seed: the token's catalog has no image endpoint")
    glance = Http(args.glance)

    def glance_accepts():
        status, _, _ = glance.call("GET", "/v2/images?limit=1", token=token, timeout=5)
        return status == 200, f"GET /v2/images answered {status}"
    wait_for("Glance (with a Keystone token)", glance_accepts, deadline)
    issue_token(ks, "imsdesk-member", pw["PEER_MEMBER_PASSWORD"], "imsdesk-peer-member")

    exports = {
        "OS_AUTH_URL": args.keystone.rstrip("/") + "/v3",
        "OS_USERNAME": "imsdesk-user",
        "OS_PASSWORD": pw["PEER_USER_PASSWORD"],
        "OS_PROJECT_NAME": "imsdesk-peer",
        "OS_PROJECT_ID": main_project["id"],
        "OS_USER_DOMAIN_NAME": "Default",
        "OS_PROJECT_DOMAIN_NAME": "Default",
        "OS_REGION_NAME": "RegionOne",
        "OS_IDENTITY_API_VERSION": "3",
        "OS_INTERFACE": "public",
        "OS_IMAGE_ENDPOINT": args.glance.rstrip("/"),
        "OS_MEMBER_USERNAME": "imsdesk-member",
        "OS_MEMBER_PASSWORD": pw["PEER_MEMBER_PASSWORD"],
        "OS_MEMBER_PROJECT_NAME": "imsdesk-peer-member",
        "OS_MEMBER_PROJECT_ID": other_project["id"],
        "OS_ADMIN_USERNAME": "admin",
        "OS_ADMIN_PASSWORD": pw["PEER_ADMIN_PASSWORD"],
        "OS_ADMIN_PROJECT_NAME": "admin",
        "OS_ADMIN_PROJECT_ID": admin_project["id"],
        "IMSDESK_PEER_SIZE_CAP": args.size_cap,
    }
    tmp = args.env_out + ".tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        for key, value in exports.items():
            out.write(f"export {key}={shlex.quote(value)}\n")
    os.replace(tmp, args.env_out)
    t_end = time.monotonic()
    print(f"seed: keystone answered after {t_ks - t0:.1f} s, seeding {t_seed - t_ks:.1f} s, "
          f"token + glance check {t_end - t_seed:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
