#!/usr/bin/env python3
"""Checks editors/helix/languages.toml as Helix reads it, and runs its server command through an
LSP initialize handshake. Usage: check-helix.py DOSSIER_BIN_DIR"""
import json, os, subprocess, sys, tomllib

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "editors", "helix", "languages.toml")
config = tomllib.load(open(path, "rb"))
servers = config["language-server"]
server = servers["dossier"]
assert server["command"] == "dossier" and server["args"] == ["lsp"], server
assert isinstance(server.get("config", {}), dict)
helix_builtin = {"marksman", "ltex-ls", "vale-ls"}  # servers Helix defines itself
for language in config["language"]:
    assert isinstance(language["name"], str)
    for name in language.get("language-servers", []):
        name = name if isinstance(name, str) else name["name"]
        assert name in servers or name in helix_builtin, f"{language['name']}: server {name} is not defined"
    assert "dossier" in language["language-servers"], language["name"]

# The command as Helix would run it (dossier from PATH), through initialize.
env = dict(os.environ, PATH=sys.argv[1] + os.pathsep + os.environ["PATH"])
process = subprocess.Popen([server["command"]] + server["args"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
def send(message):
    body = json.dumps(message).encode()
    process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    process.stdin.flush()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"processId": None, "rootUri": None, "capabilities": {},
                 "initializationOptions": server.get("config", {})}})
header = b""
while not header.endswith(b"\r\n\r\n"):
    header += process.stdout.read(1)
length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
response = json.loads(process.stdout.read(length))
assert response["id"] == 1 and response["result"]["capabilities"]["hoverProvider"], response
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
send({"jsonrpc": "2.0", "method": "exit"})
process.stdin.close()
process.wait(timeout=10)
print("editors/helix/languages.toml: valid, and its server answers initialize")
