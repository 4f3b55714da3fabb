// Copies the socket.io browser client from node_modules into vendor/ (committed), with the licences of
// everything its bundle contains. Run after `npm ci --ignore-scripts` when upgrading: `npm run vendor`.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const modules = path.join(root, "node_modules");
const out = path.join(root, "vendor");
// socket.io.min.js bundles these packages (debug is left out of the minified build).
const BUNDLED = ["socket.io-client", "engine.io-client", "engine.io-parser", "socket.io-parser",
  "@socket.io/component-emitter"];

const info = (name) => require(path.join(modules, name, "package.json"));
fs.mkdirSync(out, { recursive: true });
const source = path.join(modules, "socket.io-client", "dist", "socket.io.min.js");
fs.copyFileSync(source, path.join(out, "socket.io.min.js"));
const licence = BUNDLED.map((name) => {
  const { version, license } = info(name);
  const text = fs.readFileSync(path.join(modules, name, "LICENSE"), "utf8").trim();
  return `${name} ${version} (${license})\n\n${text}\n`;
}).join("\n----------------------------------------------------------------------\n\n");
fs.writeFileSync(path.join(out, "LICENSE"), licence);
const sha = crypto.createHash("sha256").update(fs.readFileSync(source)).digest("hex");
const { version } = info("socket.io-client");
fs.writeFileSync(
  path.join(out, "README.md"),
  `# Vendored browser code\n\n` +
    `socket.io.min.js is \`dist/socket.io.min.js\` of socket.io-client ${version} from the npm registry, ` +
    `unchanged (sha256 ${sha}).\n` +
    `It bundles ${BUNDLED.slice(1).map((n) => `${n} ${info(n).version}`).join(", ")}; all MIT, see LICENSE.\n\n` +
    "Recorded in ../package.json and ../package-lock.json. To refresh: in webchat/, " +
    "`npm ci --ignore-scripts && npm run vendor`, then commit vendor/ (never node_modules/).\n"
);
console.log(`vendored socket.io-client ${version} (sha256 ${sha})`);
