# Build stage: install the project and its dependencies into a virtual environment.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY pyproject.toml README.md ./
COPY app ./app
RUN pip install .

# Runtime stage: the environment and the migrations, run as an unprivileged user.
FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 PORT=8000 GC_FREEZE_AT_STARTUP=true
RUN useradd --create-home --uid 10001 placement
WORKDIR /srv
COPY --from=build /opt/venv /opt/venv
COPY alembic.ini ./
COPY migrations ./migrations
COPY app ./app
RUN mkdir -p /srv/data && chown placement:placement /srv/data
USER placement
EXPOSE 8000
# DATABASE_URL, JWT_KEYS, ENCRYPTION_KEYS and the DOCUMENTS_S3_* settings come from the
# deployment's environment. The API does not migrate: every instance would race the others
# at each start. Migrations are a one-off step of a release, before the new instances start:
#   docker run --rm --env-file prod.env <image> python -m app.cli migrate
# Workers of the task queue (matching runs, sweeps, webhook deliveries) are this image too:
#   docker run --env-file prod.env <image> python -m app.cli worker
CMD ["sh", "-c", "exec uvicorn app.main:create_app --factory --host 0.0.0.0 --port ${PORT} --proxy-headers"]
