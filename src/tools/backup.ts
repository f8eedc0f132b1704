import path from 'node:path';
import { backupEmbedded } from '../server/embedded-backup';
import { runTool } from './tool-run';

/** `npm run backup -- <file>`: the embedded database as one gzipped tarball, with the server stopped. */
runTool('npm run backup -- <file>   (with the server stopped; CROSSDESK_DATA_DIR as for npm start)', async (config, file) => {
  const bytes = await backupEmbedded(config.dataDir, file);
  return `Backed up the embedded database in ${config.dataDir} to ${path.resolve(file)} (${(bytes / 1024 / 1024).toFixed(1)} MB). Restore it with: npm run restore -- ${file}`;
});
