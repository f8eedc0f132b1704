import { restoreEmbedded } from '../server/embedded-backup';
import { runTool } from './tool-run';

/** `npm run restore -- <file>`: a backup in place of the embedded database, with the server stopped. */
runTool('npm run restore -- <file>   (with the server stopped; CROSSDESK_DATA_DIR as for npm start)', async (config, file) => {
  const { previous } = await restoreEmbedded(config.dataDir, file);
  return `Restored ${file} into ${config.dataDir}.${previous ? ` The database it replaced is kept in ${previous} (delete it when you are sure).` : ''} Start the server with: npm start`;
});
