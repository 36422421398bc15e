# Cadre's API and explorer in one image: `npm start` serves both (embedded store by default,
# Neo4j when NEO4J_URI is set). Used by docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig*.json codegen.ts ./
COPY packages ./packages
COPY graph-seeds ./graph-seeds
# Only what `npm start` serves: the API (with the packages it references) and the explorer;
# the dev-only workspaces (testing, bench) are neither built nor shipped.
RUN npm ci --no-audit --no-fund && npx tsc --build packages/api && npm run build -w @cadre/web \
  && npm prune --omit=dev && rm -rf packages/testing packages/bench

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY --from=build /app /app
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --retries=12 CMD node -e "fetch('http://127.0.0.1:4000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "packages/api/dist/main.js"]
