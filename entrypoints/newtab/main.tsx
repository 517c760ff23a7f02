import { NewTabApp } from '../../components/newtab/NewTabApp';
import { mountPage } from '../../components/shared/mountPage';

mountPage('newtabTitle', <NewTabApp />);
